package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.model.Article;
import org.marsad.model.EntityMention;

/** Titles and roles attached to persons, on sentences of the seeds and of ANT. */
class RolesTest {
  /** One row: a sentence, the names a tagger finds in it, and the role a person gets. */
  static Arguments row(String sentence, String person, String role, String roleOf, String... phrases) {
    return Arguments.of(sentence, person, role, roleOf, PhraseFinder.of(phrases));
  }

  static Stream<Arguments> rows() {
    return Stream.of(
        // seed 004: head of government, before the name
        row("أكد رئيس الحكومة سعد الدين العثماني، على ضرورة تطوير تكنولوجيا المعلومات والاتصال",
            "سعد الدين العثماني", "رئيس الحكومة", null, "PERS", "سعد الدين العثماني"),
        // seed 004: a title set off by commas, with the body it names; the ل of لرئيس stays out
        row(FEDERATION, "أمين زروق", "رئيس فيدرالية تكنولوجيا المعلومات والاتصالات وترحيل الخدمات",
            "org:فيدرالية_تكنولوجيا_المعلومات_والاتصالات_وترحيل_الخدمات", FEDERATION_NAMES),
        // seed 004: نائبه, his deputy: the deputy of the federation's president
        row(FEDERATION, "مهدي علوي", "نائب رئيس فيدرالية تكنولوجيا المعلومات والاتصالات وترحيل الخدمات",
            "org:فيدرالية_تكنولوجيا_المعلومات_والاتصالات_وترحيل_الخدمات", FEDERATION_NAMES),
        // seed 004: وحاتم, a conjunct, takes no title before it; its apposition is its own
        row(FEDERATION, "حاتم بنجلون", "المكلف بالعلاقات العامة والخدمات", null, FEDERATION_NAMES),
        // seed 004: apposition after the name
        row("وأضاف البلاغ أن أمين زروق، رئيس الفيدرالية، أوضح في هذا السياق",
            "أمين زروق", "رئيس الفيدرالية", null, "PERS", "أمين زروق"),
        // seed 001: an honorific before, a post after; the country from the alias table
        row("برئاسة الدكتور عمرو طلعت وزير الاتصالات وتكنولوجيا المعلومات بجمهورية مصر العربية ، وبمشاركة الدول الاعضاء بالمكتب التنفيذي .",
            "عمرو طلعت", "الدكتور، وزير الاتصالات وتكنولوجيا المعلومات بجمهورية مصر العربية", "loc:مصر",
            "PERS", "عمرو طلعت"),
        // seed 001: two posts in a row after the name, up to the quotation mark
        row("واكد السفير كمال حسن على الامين العام المساعد رئيس قطاع الشؤون الاقتصادية بجامعة الدول العربية \"ان أزمة تفشى فيروس كورونا المستجد عالميا أظهرت أهمية دور التكنولوجيا",
            "كمال حسن على", "السفير، الامين العام المساعد رئيس قطاع الشؤون الاقتصادية بجامعة الدول العربية",
            "org:جامعة_الدول_العربية", "PERS", "كمال حسن على", "ORG", "جامعة الدول العربية"),
        // seed 000: "the union" names the Arab Maghreb Union named before it
        row("بالرغم من الموت السريري الذي يوجد فيه الاتحاد المغاربي، إلا أن الأمين العام للاتحاد الطيب البكوش، ما فتئ يقوم بمبادرات",
            "الطيب البكوش", "الأمين العام للاتحاد", "org:اتحاد_المغرب_العربي",
            "PERS", "الطيب البكوش", "ORG", "الاتحاد المغاربي"),
        // seed 002: a long title; the ministry is linked before the country
        row("جرى خلال لقاء جمع الكاتبة العامة لوزارة البريد والنهوض بالاقتصاد الرقمي بالغابون ليليان ماسالا مع ممثلي مقاولات مغربية",
            "ليليان ماسالا", "الكاتبة العامة لوزارة البريد والنهوض بالاقتصاد الرقمي بالغابون",
            "org:وزاره_البريد_والنهوض_بالاقتصاد_الرقمي",
            "PERS", "ليليان ماسالا", "ORG", "وزارة البريد والنهوض بالاقتصاد الرقمي", "LOC", "الغابون"),
        // seed 002: without the ministry tagged, the country
        row("جرى خلال لقاء جمع الكاتبة العامة لوزارة البريد والنهوض بالاقتصاد الرقمي بالغابون ليليان ماسالا مع ممثلي مقاولات مغربية",
            "ليليان ماسالا", "الكاتبة العامة لوزارة البريد والنهوض بالاقتصاد الرقمي بالغابون", "loc:الغابون",
            "PERS", "ليليان ماسالا"),
        // seed 002: brackets inside a title
        row("وأعرب أعضاء الوفد المغربي ، الذي يقوده الكاتب العام ل ( مغرب تصدير ) العربي بوربعة ، والذي يضم حوالي عشرة مهندسين",
            "العربي بوربعة", "الكاتب العام ل ( مغرب تصدير )", "org:مغرب_تصدير", "PERS", "العربي بوربعة"),
        row("وأبرز رئيس جمعية الشركات التكنولوجية هشام أمدي المؤهلات الكبيرة التي يتوفر عليها الغابون",
            "هشام أمدي", "رئيس جمعية الشركات التكنولوجية", null, "PERS", "هشام أمدي"),
        // seed 003: stacked honorific and title
        row("اللذان أثارهما صاحب الجلالة الملك محمد السادس نصره الله، عبر مجموعة من الخطابات التوجيهية السامية.",
            "محمد السادس", "صاحب الجلالة الملك", null, "PERS", "محمد السادس"),
        // a tagger that puts the title inside the name: the span becomes the name
        row("اللذان أثارهما صاحب الجلالة الملك محمد السادس نصره الله، عبر مجموعة من الخطابات التوجيهية السامية.",
            "محمد السادس", "صاحب الجلالة الملك", null, "PERS", "الملك محمد السادس"),
        // ANT: a nationality adjective, and نظيره (his counterpart) for another country
        row("ومن بينهم وزير الخارجية الأميركي ريكس تيلرسون ونظيره الفرنسي جان إيف لودريان.",
            "ريكس تيلرسون", "وزير الخارجية الأميركي", "loc:الولايات_المتحدة",
            "PERS", "ريكس تيلرسون", "PERS", "جان إيف لودريان"),
        row("ومن بينهم وزير الخارجية الأميركي ريكس تيلرسون ونظيره الفرنسي جان إيف لودريان.",
            "جان إيف لودريان", "وزير الخارجية الفرنسي", "loc:فرنسا",
            "PERS", "ريكس تيلرسون", "PERS", "جان إيف لودريان"),
        row("وكانت وزيرة الاستثمار المصرية سحر نصر قد قالت العام الماضي إن تكلفة خط قطارات العاصمة الجديدة ستبلغ 739 مليون دولار.",
            "سحر نصر", "وزيرة الاستثمار المصرية", "loc:مصر", "PERS", "سحر نصر"),
        row("وقال المتحدث باسم الكرملين ديمتري بيسكوف للصحافيين إن \"روسيا اتخذت وستتخذ التدابير الضرورية للدفاع عن مصالحها.",
            "ديمتري بيسكوف", "المتحدث باسم الكرملين", null, "PERS", "ديمتري بيسكوف"),
        row("وقال لو كانغ، المتحدث باسم وزارة الخارجية \"عقب قيام الولايات المتحدة بتطبيق إجراءاتها الجمركية",
            "لو كانغ", "المتحدث باسم وزارة الخارجية", null, "PERS", "لو كانغ"),
        row("إلى ذلك، أكد الأمين العام لمنظمة التعاون والتنمية الدولية انخيل غوريا الجمعة أن الصين والولايات المتحدة تتفاوضان في الكواليس",
            "انخيل غوريا", "الأمين العام لمنظمة التعاون والتنمية الدولية", null, "PERS", "انخيل غوريا"),
        row("أعلن آرسين فينجر، المدير الفني لنادي أرسنال الانجليزي لكرة القدم، عن نيته التخلي عن منصبه نهاية الموسم الحالي",
            "آرسين فينجر", "المدير الفني لنادي أرسنال الانجليزي لكرة القدم", "org:ارسنال",
            "PERS", "آرسين فينجر", "ORG", "أرسنال"),
        // ANERcorp: a construct ends with its definite word: كلمة ("a speech") is what he gave
        row("وألقى سعيد بن شيبان رئيس وفد نادي الجزيرة كلمة خلال الحفل",
            "سعيد بن شيبان", "رئيس وفد نادي الجزيرة", "org:نادي_الجزيره",
            "PERS", "سعيد بن شيبان", "ORG", "نادي الجزيرة"),
        // ANERcorp: two people, each with a title; و opens the second
        row("كما حضره معالي محمد عبدالله القرقاوي وزير الدولة لشؤون مجلس الوزراء وسعادة سعيد محمد الكندي وعدد من الوزراء .",
            "محمد عبدالله القرقاوي", "معالي، وزير الدولة لشؤون مجلس الوزراء", null,
            "PERS", "محمد عبدالله القرقاوي", "PERS", "سعيد محمد الكندي"),
        row("كما حضره معالي محمد عبدالله القرقاوي وزير الدولة لشؤون مجلس الوزراء وسعادة سعيد محمد الكندي وعدد من الوزراء .",
            "سعيد محمد الكندي", "سعادة", null, "PERS", "محمد عبدالله القرقاوي", "PERS", "سعيد محمد الكندي"),
        // ANERcorp: للدكتور is ل + الدكتور; the role reads الدكتور
        row("هذا ما أثبتته دراسة علمية محكمة من500 صفحة للدكتور بهاء حسب الله أستاذ الأدب العربي بكلية الآداب جامعة حلوان , والتي قال فيها",
            "بهاء حسب الله", "الدكتور", null, "PERS", "بهاء حسب الله", "ORG", "جامعة حلوان"),
        // ANERcorp: no title runs over a bare word after a definite one (المدرب إمكانية غياب)
        row("ويواجه المدرب إمكانية غياب واين روني عن المرحلة الأولى التي يستضيف فيها مانشستر يونايتد على أرضه فولهام الأحد المقبل .",
            "واين روني", null, null, "PERS", "واين روني", "ORG", "مانشستر يونايتد", "ORG", "فولهام"),
        // no title: a name after a complementizer, a name before a verb, a name after a dash
        row("وأوضح بلاغ لرئاسة الحكومة أن العثماني قال ،خلال استقباله اليوم الاثنين",
            "العثماني", null, null, "PERS", "العثماني"),
        row("وأشار زروق – يضيف البلاغ- إلى أن تلك الدراسات بينت أن القطاع يمكنه أن يصبح",
            "زروق", null, null, "PERS", "زروق"),
        // ANT: the object of a verb after a time word keeps no title of the subject
        row("وقال الرئيس الأميركي، دونالد ترمب، يوم أمس الخميس، إن الولايات المتحدة ستفرض الأسبوع القادم تعرفات جمركية",
            "دونالد ترمب", "الرئيس الأميركي", "loc:الولايات_المتحدة", "PERS", "دونالد ترمب"));
  }

  static final String FEDERATION = "وأوضح بلاغ لرئاسة الحكومة أن العثماني قال ،خلال استقباله اليوم الاثنين (22 فبراير)، لرئيس فيدرالية تكنولوجيا المعلومات والاتصالات وترحيل الخدمات، أمين زروق، ونائبه مهدي علوي، وحاتم بنجلون، المكلف بالعلاقات العامة والخدمات، إن قطاع تكنولوجيا المعلومات والاتصال وترحيل الخدمات يكتسي أهمية بالغة";
  static final String[] FEDERATION_NAMES = {
    "PERS", "العثماني", "PERS", "أمين زروق", "PERS", "مهدي علوي", "PERS", "حاتم بنجلون",
    "ORG", "رئاسة الحكومة", "ORG", "فيدرالية تكنولوجيا المعلومات والاتصالات وترحيل الخدمات"
  };

  @ParameterizedTest(name = "{1}: {2}")
  @MethodSource("rows")
  void attachesTheRole(String sentence, String person, String role, String roleOf, PhraseFinder finder) {
    Article a = new EntitiesStage(finder).apply(Article.builder("t").text(sentence).build());
    EntityMention m = a.entities().stream().filter(e -> e.text().equals(person)).findFirst().orElseThrow();
    assertThat(m.type()).isEqualTo("PERS");
    assertThat(m.role()).isEqualTo(role);
    assertThat(m.roleOf()).isEqualTo(roleOf);
    assertThat(sentence.substring(m.start(), m.end())).isEqualTo(person); // the span is the name
  }

  @ParameterizedTest
  @MethodSource("rows")
  void bodiesAndPlacesGetNoRole(String sentence, String person, String role, String roleOf, PhraseFinder finder) {
    List<EntityMention> found = new EntitiesStage(finder).apply(Article.builder("t").text(sentence).build()).entities();
    assertThat(found).filteredOn(e -> !e.type().equals("PERS")).allMatch(e -> e.role() == null && e.roleOf() == null);
  }
}
