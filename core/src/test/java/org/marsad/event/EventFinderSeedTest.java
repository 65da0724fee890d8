package org.marsad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Event;
import org.marsad.model.Span;
import org.marsad.pipeline.SeedArticles;

/**
 * The events of the seeds, read from their real text with the entities, dates and quotes a reader
 * would mark, made by hand here (the stages that find them are built beside this one).
 */
class EventFinderSeedTest {
  private final EventFinder finder = new EventFinder();

  static List<String> ids(Event e) {
    return e.actors().stream().map(a -> Marks.name(a.id())).toList();
  }

  static Event only(List<Event> events, String type) {
    List<Event> of = events.stream().filter(e -> e.type().equals(type)).toList();
    assertThat(of).as("%s events in %s", type, events).hasSize(1);
    return of.get(0);
  }

  /** Seed 004: El Othmani receives the ICT federation on Monday 22 February 2021. */
  static Article seed004() throws Exception {
    Article a = SeedArticles.article("004");
    Marks m = new Marks(a.text());
    String federation = "فيدرالية تكنولوجيا المعلومات والاتصالات وترحيل الخدمات";
    return a.toBuilder()
        .entities(
            List.of(
                m.entity(
                    "سعد الدين العثماني",
                    "رئيس الحكومة سعد الدين العثماني",
                    "PERS",
                    "سعد الدين العثماني",
                    "رئيس الحكومة"),
                m.entity("المغرب", "بالمغرب، خصوصا", "LOC", "المغرب", null),
                m.entity("رئاسة الحكومة", "بلاغ لرئاسة الحكومة", "ORG", "رئاسة الحكومة", null),
                m.entity("العثماني", "أن العثماني قال", "PERS", "سعد الدين العثماني", null),
                m.entity(federation, "لرئيس " + federation, "ORG", federation, null),
                m.entity(
                    "أمين زروق", "أمين زروق، ونائبه", "PERS", "أمين زروق", "رئيس " + federation),
                m.entity("مهدي علوي", "PERS", "مهدي علوي"),
                m.entity(
                    "حاتم بنجلون",
                    "حاتم بنجلون",
                    "PERS",
                    "حاتم بنجلون",
                    "المكلف بالعلاقات العامة والخدمات"),
                m.entity("الفيدرالية", "إلى أن الفيدرالية", "ORG", federation, null),
                m.entity("المغرب", "الكبير في المغرب", "LOC", "المغرب", null),
                m.entity(
                    "أمين زروق", "البلاغ أن أمين زروق", "PERS", "أمين زروق", "رئيس الفيدرالية"),
                m.entity("زروق", "وأشار زروق", "PERS", "أمين زروق", null),
                m.entity(
                    "وزارة الصناعة والتجارة والاقتصاد الأخضر والرقمي",
                    "ORG",
                    "وزارة الصناعة والتجارة والاقتصاد الأخضر والرقمي"),
                m.entity("المغرب", "يمنحها المغرب", "LOC", "المغرب", null)))
        .dates(
            List.of(
                m.date("اليوم الاثنين", "استقباله اليوم الاثنين", "2021-02-22", true),
                m.date("22 فبراير", "(22 فبراير)", "2021-02-22", false),
                m.date("نهاية شهر دجنبر 2020", "نهاية شهر دجنبر 2020", "2020-12", false),
                m.date("فاتح يناير 2021", "فاتح يناير 2021", "2021-01-01", false)))
        .quotes(
            List.of(
                m.quote(
                    "قطاع تكنولوجيا المعلومات والاتصال وترحيل الخدمات يكتسي أهمية بالغة",
                    "العثماني",
                    "سعد الدين العثماني"),
                m.quote(
                    "تلك الدراسات بينت أن القطاع يمكنه أن يصبح في المستقبل القريب منبعا أساسيا"
                        + " لإحداث مناصب الشغل ببلادنا واسترجاع المناصب التي تم فقدانها",
                    "زروق",
                    "أمين زروق")))
        .build();
  }

  @Test
  void seed004IsOneMeetingOfElOthmaniWithTheFederation() throws Exception {
    Article a = seed004();
    List<Event> events = finder.find(a);
    assertThat(events).extracting(Event::type).containsExactly("meeting");
    Event meeting = events.get(0);
    assertThat(meeting.trigger().text()).isEqualTo("استقباله");
    assertThat(a.text().substring(meeting.trigger().start(), meeting.trigger().end()))
        .isEqualTo("استقباله");
    assertThat(meeting.intended()).isFalse();
    assertThat(ids(meeting))
        .containsExactly("سعد الدين العثماني", "أمين زروق", "مهدي علوي", "حاتم بنجلون");
    assertThat(meeting.actors().get(0).role()).isEqualTo("رئيس الحكومة"); // from his first mention
    assertThat(meeting.date()).isEqualTo("2021-02-22");
    assertThat(meeting.subject().text())
        .isEqualTo("جملة من المقترحات ستساعد على إعطاء دفعة قوية لبعض الأوراش");
    assertThat(meeting.evidence().text())
        .startsWith("وأوضح بلاغ لرئاسة الحكومة")
        .contains("استقباله");
    assertThat(meeting.quotes())
        .extracting(Span::text)
        .anyMatch(q -> q.startsWith("قطاع تكنولوجيا المعلومات"))
        .anyMatch(q -> q.startsWith("تلك الدراسات"));
  }

  /** Seed 002: a Moroccan business mission meets Gabon's ministry in Libreville. */
  static Article seed002() throws Exception {
    Article a = SeedArticles.article("002");
    Marks m = new Marks(a.text());
    String ministry = "وزارة البريد والنهوض بالاقتصاد الرقمي";
    return a.toBuilder()
        .entities(
            List.of(
                m.entity("المغرب", "أكد المغرب", "LOC", "المغرب", null),
                m.entity("الغابون", "والغابون ، أمس", "LOC", "الغابون", null),
                m.entity("ليبروفيل", "بليبروفيل", "LOC", "ليبروفيل", null),
                m.entity(ministry, "ل" + ministry, "ORG", ministry, null),
                m.entity("الغابون", "بالغابون ليليان", "LOC", "الغابون", null),
                m.entity(
                    "ليليان ماسالا",
                    "ليليان ماسالا",
                    "PERS",
                    "ليليان ماسالا",
                    "الكاتبة العامة لوزارة البريد والنهوض بالاقتصاد الرقمي"),
                m.entity("غابون", "بزيارة للغابون", "LOC", "الغابون", null), // ل + الغابون
                m.entity("مغرب تصدير", "ل ( مغرب تصدير ) العربي", "ORG", "مغرب تصدير", null),
                m.entity("العربي بوربعة", "PERS", "العربي بوربعة"),
                m.entity("جمعية الشركات التكنولوجية", "ORG", "جمعية الشركات التكنولوجية"),
                m.entity(
                    "هشام أمدي",
                    "التكنولوجية هشام أمدي",
                    "PERS",
                    "هشام أمدي",
                    "رئيس جمعية الشركات التكنولوجية"),
                m.entity("الغابون", "يتوفر عليها الغابون", "LOC", "الغابون", null),
                m.entity("هشام أمدي", "أبرز هشام أمدي", "PERS", "هشام أمدي", null),
                m.entity("يليان ماسالا", "قالت يليان ماسالا", "PERS", "ليليان ماسالا", null),
                m.entity("المغرب", "إن المغرب", "LOC", "المغرب", null),
                m.entity("الغابون", "إلى أن الغابون محتاج", "LOC", "الغابون", null),
                m.entity("ماسالا", "تضيف ماسالا", "PERS", "ليليان ماسالا", null),
                m.entity("مغرب تصدير", "ل( مغرب تصدير )", "ORG", "مغرب تصدير", null)))
        // "أمس الثلاثاء" (yesterday, Tuesday): the page gives no publication date; a hand-made
        // value
        .dates(List.of(m.date("أمس الثلاثاء", "أمس الثلاثاء", "2016-10-18", true)))
        .quotes(
            List.of(
                m.quote("المتقدم جدا", "يليان ماسالا", "ليليان ماسالا"),
                m.quote("محتاج إلى شريك مؤهل كالمغرب", "ماسالا", "ليليان ماسالا")))
        .build();
  }

  @Test
  void seed002IsAMeetingInLibrevilleAndAPartnershipIntent() throws Exception {
    List<Event> events = finder.find(seed002());
    assertThat(events)
        .extracting(Event::type)
        .containsExactlyInAnyOrder("partnership", "meeting", "visit");

    Event partnership = only(events, "partnership");
    assertThat(partnership.intended()).isTrue(); // إرادتهما المشتركة في ... إقامة شراكة
    assertThat(ids(partnership)).containsExactly("المغرب", "الغابون");
    assertThat(Marks.name(partnership.place())).isEqualTo("ليبروفيل");
    assertThat(partnership.date()).isEqualTo("2016-10-18");
    assertThat(partnership.mentions())
        .extracting(Span::text)
        .containsExactly("شراكة"); // the last paragraph

    Event meeting = only(events, "meeting");
    assertThat(meeting.trigger().text()).isEqualTo("لقاء");
    assertThat(meeting.intended()).isFalse();
    assertThat(ids(meeting)).containsExactly("ليليان ماسالا"); // the ministry and Gabon are her title
    assertThat(Marks.name(meeting.place())).isEqualTo("ليبروفيل"); // from the lead
    assertThat(meeting.date()).isEqualTo("2016-10-18"); // أمس الثلاثاء, from the lead
    assertThat(meeting.mentions())
        .extracting(Span::text)
        .containsExactly("اللقاء"); // وتميز هذا اللقاء
    assertThat(meeting.subject().text()).isEqualTo("سبل إقامة علاقات ثنائية مستدامة");
    assertThat(meeting.quotes())
        .extracting(Span::text)
        .containsExactly("المتقدم جدا", "محتاج إلى شريك مؤهل كالمغرب");

    Event visit = only(events, "visit");
    assertThat(Marks.name(visit.place())).isEqualTo("الغابون"); // بزيارة للغابون: a visit's place is where it goes
    assertThat(visit.mentions()).extracting(Span::text).contains("بعثة أعمال", "زيارة");
    assertThat(visit.subject()).isNull(); // the ways discussed are the meeting's
  }

  /**
   * Seed 000: the Maghreb Union's workshop on ICT programmes, and a 2011 study funded by the AfDB.
   */
  static Article seed000() throws Exception {
    Article a = SeedArticles.article("000");
    Marks m = new Marks(a.text());
    String amu = "اتحاد المغرب العربي";
    return a.toBuilder()
        .entities(
            List.of(
                m.entity("الاتحاد المغاربي", "فيه الاتحاد المغاربي", "ORG", amu, null),
                m.entity("اتحاد", "للاتحاد الطيب", "ORG", amu, null),
                m.entity(
                    "الطيب البكوش", "الطيب البكوش", "PERS", "الطيب البكوش", "الأمين العام للاتحاد"),
                m.entity("اتحاد البلدان المغاربية", "لاتحاد البلدان المغاربية", "ORG", amu, null),
                m.entity(amu, "في اتحاد المغرب العربي", "ORG", amu, null),
                m.entity(
                    "المجلس الوزاري المغاربي المكلف بالبريد وتكنولوجيات الاتصال والمعلومات",
                    "ORG",
                    "المجلس الوزاري المغاربي"),
                m.entity(
                    "الأمانة العامة",
                    "قامت الأمانة العامة",
                    "ORG",
                    "الأمانة العامة لاتحاد المغرب العربي",
                    null),
                m.entity("البنك الإفريقي للتنمية", "ORG", "البنك الإفريقي للتنمية"),
                m.entity("النيباد", "مبادرة \"النيباد", "ORG", "النيباد", null),
                m.entity(
                    "الأمانة العامة لاتحاد المغرب العربي",
                    "ORG",
                    "الأمانة العامة لاتحاد المغرب العربي"),
                m.entity("وكالة التخطيط والتنسيق للنيباد", "ORG", "النيباد"),
                m.entity("الشراكة الجديدة لتنمية إفريقيا", "ORG", "النيباد"),
                m.entity("إفريقيا", "الأساسية في إفريقيا", "LOC", "إفريقيا", null)))
        .dates(
            List.of(
                m.date("سنة 2011", "خلال سنة 2011", "2011", false),
                m.date("سنة 2017", "سنة 2017", "2017", false),
                m.date("سنة 2011", "في سنة 2011 من قبل", "2011", false)))
        .build();
  }

  @Test
  void seed000IsAWorkshopOfTheMaghrebUnionAndAFunding() throws Exception {
    List<Event> events = finder.find(seed000());
    assertThat(events).extracting(Event::type).containsExactly("workshop", "investment");

    Event workshop = events.get(0);
    assertThat(workshop.trigger().text()).isEqualTo("ورشة عمل");
    assertThat(ids(workshop)).containsExactly("الطيب البكوش"); // from the clause before حيث
    assertThat(workshop.subject().text())
        .isEqualTo(
            "السبل الكفيلة بتنفيذ البرامج المغاربية في مجال تكنولوجيات الاتصال والمعلومات الحديثة");
    assertThat(workshop.mentions())
        .extracting(Span::text)
        .contains("الورشة", "الاجتماع"); // وشارك في هذا الاجتماع

    Event funding = events.get(1);
    assertThat(funding.trigger().text()).isEqualTo("بتمويل من");
    assertThat(ids(funding)).contains("البنك الإفريقي للتنمية");
    assertThat(funding.date()).isEqualTo("2011");
  }
}
