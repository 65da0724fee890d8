package org.marsad.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TopicSettingsTest {
  @Test
  void settingsRoundTripThroughTheirText() {
    TopicSettings s = TopicSettings.defaults().with("learner=lr,c=10,bigrams=false");
    assertThat(TopicSettings.parse(s.toString())).isEqualTo(s);
    assertThat(s.toString()).contains("learner=lr").contains("c=10").contains("bigrams=false");
  }

  @Test
  void aBadSettingSaysWhich() {
    assertThatThrownBy(() -> TopicSettings.defaults().with("colour=red"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("colour");
    assertThatThrownBy(() -> TopicSettings.defaults().with("learner=forest"))
        .hasMessageContaining("forest");
    assertThatThrownBy(() -> TopicSettings.defaults().with("bigrams=yes"))
        .hasMessageContaining("bigrams");
  }
}
