package io.careroute.problem;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text that passes {@link InputGate#textProblem}: for values built from a platform's payload
 * rather than read from a JSON body, where {@link CleanStrings} has not already checked them.
 */
@Target({
  ElementType.FIELD,
  ElementType.PARAMETER,
  ElementType.RECORD_COMPONENT,
  ElementType.TYPE_USE,
  ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Printable.Validator.class)
public @interface Printable {

  String message() default "contains a control character or broken UTF-16";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the text against the input gate, naming what is wrong in the message. */
  class Validator implements ConstraintValidator<Printable, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      var problem = InputGate.textProblem(value);
      if (problem.isEmpty()) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(problem.get()).addConstraintViolation();
      return false;
    }
  }
}
