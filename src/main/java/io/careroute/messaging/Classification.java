package io.careroute.messaging;

import java.util.List;

/** What the classifier concluded about one mention, with the reasons for it. */
public record Classification(
    String category,
    double confidence,
    String sentiment,
    double sentimentScore,
    String language,
    List<PiiFinding> pii,
    boolean spam,
    List<String> urgencySignals,
    String explanation,
    String modelVersion) {}
