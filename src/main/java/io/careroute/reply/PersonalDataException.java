package io.careroute.reply;

import io.careroute.messaging.PiiFinding;
import java.util.List;

/** A public reply that would publish personal data: refused with where it is (422). */
public class PersonalDataException extends RuntimeException {

  private final List<PiiFinding> findings;

  PersonalDataException(List<PiiFinding> findings) {
    super("A public reply must not publish personal data; send it as PRIVATE or remove it");
    this.findings = List.copyOf(findings);
  }

  public List<PiiFinding> findings() {
    return findings;
  }
}
