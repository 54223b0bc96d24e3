package io.careroute.messaging;

import java.util.List;

/** What the classifier concluded about one mention, with the reasons for it. */
public record Classification(
    String category,
    double confidence,
    String sentiment,
    String language,
    List<PiiFinding> pii,
    boolean spam,
    String urgency,
    String explanation) {}
