package org.marsad.connect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleNormalizerTest {

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
    // site suffixes go
    "ترامب يلتقي كيم في سنغافورة - بي بي سي عربي => ترامب يلتقي كيم في سنغافورة",
    "ترامب يلتقي كيم في سنغافورة | سكاي نيوز عربية => ترامب يلتقي كيم في سنغافورة",
    "ترامب يلتقي كيم في سنغافورة - فرانس 24 => ترامب يلتقي كيم في سنغافورة",
    "ارتفاع أسعار النفط – موقع الخبر الاقتصادي => ارتفاع أسعار النفط",
    "ارتفاع أسعار النفط - hespress.com => ارتفاع أسعار النفط",
    // markers before a colon go
    "عاجل: زلزال بقوة 6 درجات يضرب تركيا => زلزال بقوة 6 درجات يضرب تركيا",
    "بالفيديو.. سعد الحريري ينتخب => سعد الحريري ينتخب",
    "شاهد: ميشال عون يدلي بصوته => ميشال عون يدلي بصوته",
    "عاجل: بالفيديو: انفجار في بيروت - الجزيرة نت => انفجار في بيروت",
    // what the editor wrote stays
    "سوريا: عفرين تعيش عهدا جديدا => سوريا: عفرين تعيش عهدا جديدا",
    "قمة ترامب - كيم => قمة ترامب - كيم",
    "الجيش يتقدم - الجيش العربي السوري يعلن => الجيش يتقدم - الجيش العربي السوري يعلن",
  })
  void removesWhatTheOutletWraps(String title, String expected) {
    assertThat(TitleNormalizer.normalize(title)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "عاجل: إطلاق منصة رقمية جديدة - بي بي سي عربي|إطلاق مِنصّة رقميّة جديدة!",
    "«الأمين العام» يزور الرباط|الامين العام يزور الرباط",
  })
  void keysMeetAcrossSpellingAndWrapping(String a, String b) {
    assertThat(TitleNormalizer.key(a)).isEqualTo(TitleNormalizer.key(b));
  }
}
