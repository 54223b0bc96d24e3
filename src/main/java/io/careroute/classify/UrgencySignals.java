package io.careroute.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Signs that a mention needs a person soon, each a named rule: a vulnerable customer, a safety
 * risk, a customer who has had to ask again, or one about to leave. Routing weighs them.
 */
public final class UrgencySignals {

  /** A customer who is, or cares for someone who is, vulnerable. */
  public static final String VULNERABILITY = "VULNERABILITY";

  /** Life or safety depends on the service. */
  public static final String SAFETY = "SAFETY";

  /** The customer has had to ask before. */
  public static final String REPEATED_CONTACT = "REPEATED_CONTACT";

  /** The customer says they will leave. */
  public static final String THREAT_TO_LEAVE = "THREAT_TO_LEAVE";

  private static final Pattern VULNERABLE =
      Pattern.compile(
          "\\b(disabled|disability|wheelchair|housebound|elderly|pensioner|(my )?(mum|mom|dad|nan|gran|grandma|grandad) (is|who is) (8|9)\\d|carer|dementia|alzheimer|chemo|cancer|terminal(ly)? ill|hospice|dialysis|oxygen|deaf|blind|vulnerable|mental health|suicidal|bereave\\w*|widow\\w*|pregnant)\\b");
  private static final Pattern SAFE =
      Pattern.compile(
          "\\b(999|112|911|emergency|lifeline|careline|telecare|pendant alarm|personal alarm|domestic abuse|unsafe|not safe|danger(ous)?|can'?t call (for )?help|life support)\\b");
  private static final Pattern REPEATED =
      Pattern.compile(
          "\\b(again|still|(2nd|3rd|\\dth|second|third|fourth|fifth) time|(\\d+|several|many|countless) times|yet again|keep (happening|dropping|calling|chasing)|already (called|rang|reported|told|messaged)|chased|chasing|no one (has )?(got|come) back|weeks? now|months? now)\\b");
  private static final Pattern LEAVING =
      Pattern.compile(
          "\\b(cancel(l?ing)?( my)? (contract|account|service)|leaving|leave you|switch(ing)? (to|provider|networks?)|moving to (bt|sky|virgin|ee|o2|three|vodafone|talktalk|plusnet)|pac code|porting out|done with you|never again|ombudsman|terminate)\\b");

  private UrgencySignals() {}

  /** The urgency signals in this text, in a fixed order. */
  public static List<String> in(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<String> signals = new ArrayList<>();
    if (VULNERABLE.matcher(lower).find()) {
      signals.add(VULNERABILITY);
    }
    if (SAFE.matcher(lower).find()) {
      signals.add(SAFETY);
    }
    if (REPEATED.matcher(lower).find()) {
      signals.add(REPEATED_CONTACT);
    }
    if (LEAVING.matcher(lower).find()) {
      signals.add(THREAT_TO_LEAVE);
    }
    return signals;
  }
}
