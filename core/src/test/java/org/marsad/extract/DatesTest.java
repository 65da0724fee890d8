package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock =
          """
          Sun, 18 Feb 2018 21:35:43 +0400       | 2018-02-18T21:35:43+04:00
          2017-01-20T21:43:00+01:00             | 2017-01-20T21:43+01:00
          2021-02-22                            | 2021-02-22
          2019-11-18T10:45:00Z                  | 2019-11-18T10:45Z
          2019-11-18T10:45:00.000Z              | 2019-11-18T10:45Z
          2018-10-06 08:57:00                   | 2018-10-06T08:57
          Tue, 05 Mar 2019 10:00:00 GMT         | 2019-03-05T10:00Z
          الإثنين 22 فبراير 2021 على الساعة 16:18 | 2021-02-22T16:18
          not a date                            | null
          2021-02-30                            | null
          """)
  void publishedDatesNormalize(String value, String iso) {
    assertThat(PublishedDates.normalize(value)).isEqualTo(iso);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock =
          """
          الإثنين 22 فبراير 2021 على الساعة 16:18 | 2021-02-22T16:18
          فاتح يناير 2021                          | 2021-01-01
          1 يناير 2021                             | 2021-01-01
          3 ماي 2019                               | 2019-05-03
          12 يوليوز 2020                           | 2020-07-12
          5 غشت 2018                               | 2018-08-05
          9 شتنبر 2017                             | 2017-09-09
          14 نونبر 2016                            | 2016-11-14
          31 دجنبر 2020                            | 2020-12-31
          الخميس 4 آذار 2021 - 09:40              | 2021-03-04T09:40
          2 كانون الثاني 2020                      | 2020-01-02
          7 تشرين الأول 2019                       | 2019-10-07
          17 أيار 2018                             | 2018-05-17
          15 أغسطس 2020 04:30 م                    | 2020-08-15T16:30
          12 جوان 2020 على 09:30                   | 2020-06-12T09:30
          ٢٢ فيفري ٢٠٢١                            | 2021-02-22
          3 جويلية 2019                            | 2019-07-03
          10 أوت 2017                              | 2017-08-10
          22/02/2021 16:18                         | 2021-02-22T16:18
          نشر في 2021-02-22                        | 2021-02-22
          """)
  void arabicDatesParse(String text, String iso) {
    assertThat(ArabicDates.parse(text)).isEqualTo(iso);
  }
}
