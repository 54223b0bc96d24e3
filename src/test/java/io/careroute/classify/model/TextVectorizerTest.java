package io.careroute.classify.model;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.liblinear.Feature;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TextVectorizerTest {

  private static final List<String> TEXTS = DefaultCorpus.read("category").texts();
  private static final TextVectorizer VECTORIZER = TextVectorizer.fit(TEXTS, 2);

  @Test
  void every_text_gets_exactly_the_features_of_its_terms_in_the_vocabulary() {
    Map<String, Integer> vocabulary = byTerm(VECTORIZER.index());
    List<String> texts = new java.util.ArrayList<>(TEXTS);
    texts.addAll(
        List.of(
            "", "😡😡", "BROADBAND down!!! in Leeds 3rd time", "naïve café über", "a b c d e f g"));
    int checked = 0;
    for (String text : texts) {
      Set<Integer> expected =
          TextVectorizer.terms(text).keySet().stream()
              .map(vocabulary::get)
              .filter(java.util.Objects::nonNull)
              .collect(Collectors.toCollection(TreeSet::new));
      Set<Integer> actual =
          Arrays.stream(VECTORIZER.vectorize(text))
              .map(Feature::getIndex)
              .collect(Collectors.toCollection(TreeSet::new));
      assertThat(actual).as(text).isEqualTo(expected);
      checked += expected.size();
    }
    assertThat(checked).isGreaterThan(TEXTS.size() * 10);
  }

  @Test
  void a_word_in_letters_the_corpus_never_used_has_no_feature() {
    assertThat(VECTORIZER.vectorize("ǂǁǀ ǂǀ")).isEmpty();
  }

  private static Map<String, Integer> byTerm(Map<Integer, String> index) {
    return index.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
  }
}
