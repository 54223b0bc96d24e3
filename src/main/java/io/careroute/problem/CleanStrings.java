package io.careroute.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Puts the input gate into JSON reading itself: every string of every request body is checked as it
 * is read, so no endpoint can forget a field, and a bad one is a 400 naming its JSON path.
 */
@Singleton
public class CleanStrings implements ObjectMapperCustomizer {

  /** A string that the input gate refuses, with its reason. */
  public static class RefusedText extends InvalidFormatException {
    RefusedText(JsonParser parser, String reason, String value) {
      super(parser, reason, value, String.class);
    }
  }

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.registerModule(
        new SimpleModule("careroute-clean-strings").addDeserializer(String.class, new Checked()));
  }

  private static final class Checked extends StringDeserializer {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      String value = super.deserialize(parser, context);
      var problem = InputGate.textProblem(value);
      if (problem.isPresent()) {
        throw new RefusedText(parser, problem.get(), value);
      }
      return value;
    }
  }
}
