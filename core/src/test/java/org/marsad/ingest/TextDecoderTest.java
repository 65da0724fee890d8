package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextDecoderTest {

  /** Two sentences of a news lead: about as much as a short line in a feed. */
  private static final String LEAD =
      "أكد الأمين العام للوزارة أن الحكومة خصصت 30 مليون دولار أمريكي لتطوير البنية التحتية"
          + " الرقمية. وسيدخل البرنامج حيز التنفيذ في فاتح يناير 2021 بجميع الجهات.";

  private static final String HEADLINE = "المغرب والغابون يرغبان في تطوير شراكة في قطاع الاتصال";

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "UTF-8,        " + LEAD,
    "UTF-8,        " + HEADLINE,
    "windows-1256, " + LEAD,
    "windows-1256, " + HEADLINE,
    "ISO-8859-6,   " + LEAD,
    "ISO-8859-6,   " + HEADLINE,
  })
  void detectsArabicCharsetsWithoutDeclaration(String charset, String arabic) {
    byte[] bytes = arabic.getBytes(Charset.forName(charset));

    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, null);

    assertThat(decoded.text()).isEqualTo(arabic);
    assertThat(decoded.charset()).isEqualTo(Charset.forName(charset));
  }

  @ParameterizedTest(name = "{0} with a byte-order mark")
  @CsvSource({"UTF-8, EF BB BF", "UTF-16LE, FF FE", "UTF-16BE, FE FF"})
  void byteOrderMarkDecidesAndIsDropped(String charset, String bom) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (String hex : bom.split(" ")) bytes.write(Integer.parseInt(hex, 16));
    bytes.writeBytes(HEADLINE.getBytes(Charset.forName(charset)));

    TextDecoder.Decoded decoded = TextDecoder.decode(bytes.toByteArray(), "windows-1256");

    assertThat(decoded.text()).isEqualTo(HEADLINE);
    assertThat(decoded.charset()).isEqualTo(Charset.forName(charset));
  }

  @ParameterizedTest(name = "bytes in {0}, declared {1}: read as {2}")
  @CsvSource({
    // a correct declaration is used as given
    "windows-1256, windows-1256, windows-1256",
    "ISO-8859-6,   ISO-8859-6,   ISO-8859-6",
    // a wrong UTF-8 declaration fails strict decoding, so the detector decides
    "windows-1256, UTF-8,        windows-1256",
    // ISO-8859-6 leaves bytes undefined that Windows-1256 uses for letters: the declaration fails
    "windows-1256, ISO-8859-6,   windows-1256",
    // valid UTF-8 wins over any declaration
    "UTF-8,        windows-1256, UTF-8",
  })
  void declarationIsOnlyAHint(String actual, String declared, String expected) {
    byte[] bytes = LEAD.getBytes(Charset.forName(actual));

    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, declared);

    assertThat(decoded.text()).isEqualTo(LEAD);
    assertThat(decoded.charset()).isEqualTo(Charset.forName(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "<?xml version=\"1.0\" encoding=\"windows-1256\"?><rss> | windows-1256",
        "<html><head><meta charset=\"ISO-8859-6\"> | ISO-8859-6",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=cp1256\"> | cp1256",
        "<META CHARSET=utf-8> | utf-8",
      })
  void findsTheDeclaredCharset(String head, String charset) {
    assertThat(TextDecoder.declaredCharset(head.getBytes(Charset.forName("UTF-8"))))
        .isEqualTo(charset);
  }
}
