package org.marsad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.model.Article;
import org.marsad.model.Event;
import org.marsad.model.Span;

/** One rule a line, on news sentences with their mentions marked by hand ({@link Annotated}). */
class EventFinderTest {
  private final EventFinder finder = new EventFinder();

  private List<Event> events(String marked) {
    return finder.find(Annotated.article(marked));
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '#',
      nullValues = "-",
      value = {
        // a meeting: actors, a place after ب, a date in the sentence
        "استقبل وزير الشؤون الخارجية [ناصر بوريطة|PERS]، {اليوم الثلاثاء|2021-03-02} ب[الرباط|LOC]،"
            + " نظيره الموريتاني [إسماعيل ولد الشيخ أحمد|PERS].#meeting#ناصر بوريطة,إسماعيل ولد"
            + " الشيخ أحمد#الرباط#2021-03-02#false",
        // the source of the news is no participant; a partnership agreement is an agreement
        "وحسب [وكالة المغرب العربي للأنباء|ORG]، فقد وقعت [اتصالات المغرب|ORG] و[هواوي|ORG] اتفاقية"
            + " شراكة بال[دار البيضاء|LOC|الدار البيضاء].#agreement#اتصالات المغرب,هواوي#الدار"
            + " البيضاء#-#false",
        // a wish is an intended event; countries before the verb's object are its actors
        "أعرب [المغرب|LOC] و[تونس|LOC] عن رغبتهما في توقيع اتفاقية للتعاون في مجال الأمن السيبراني."
            + "#agreement#المغرب,تونس#-#-#true",
        // the future prefix س and المقبل make it planned
        "ستطلق [وكالة التنمية الرقمية|ORG] منصة جديدة للخدمات الإلكترونية الأسبوع المقبل."
            + "#launch#وكالة التنمية الرقمية#-#-#true",
        // a place through a place noun; an organisation after بمشاركة is an actor
        "انعقد المؤتمر الدولي بالعاصمة اللبنانية [بيروت|LOC] بمشاركة [وزارة الاتصالات"
            + " اللبنانية|ORG].#conference#وزارة الاتصالات اللبنانية#بيروت#-#false",
        // a visit goes to its place
        "قام وفد من [الاتحاد العام لمقاولات المغرب|ORG] بزيارة إلى [داكار|LOC] {يوم"
            + " الإثنين|2019-04-08}.#visit#الاتحاد العام لمقاولات المغرب#داكار#2019-04-08#false",
        // an appointment by the king
        "عين جلالة [الملك محمد السادس|PERS] السيدة [أمل الفلاح السغروشني|PERS] وزيرة منتدبة مكلفة"
            + " بالانتقال الرقمي.#appointment#الملك محمد السادس,أمل الفلاح السغروشني#-#-#false",
        // a funding with its date
        "منح [البنك الدولي|ORG] قرضا ب 200 مليون دولار لدعم التحول الرقمي في [المغرب|LOC] {سنة"
            + " 2021|2021}.#investment#البنك الدولي#المغرب#2021#false",
        // investment with a sum of money
        "أعلنت [فرنسا|LOC] تمويلا بقيمة ((550 مليون يورو|5.5E8|EUR)) لمشاريع رقمية في [لبنان|LOC]."
            + "#investment#فرنسا#لبنان#-#false",
        // the date of a relative clause that describes the trigger
        "ونشر [البنك المركزي|ORG]، {الأربعاء|2018-05-30}، ملخصا للاجتماع الطارئ الذي عقد في {23"
            + " مايو|2018-05-23}.#meeting#البنك المركزي#-#2018-05-23#false",
        // a call
        "دعت [الجامعة الوطنية للتعليم|ORG] إلى تعميم التعليم عن بعد في المناطق القروية."
            + "#statement#الجامعة الوطنية للتعليم#-#-#false",
      })
  void readsOneEvent(
      String marked, String type, String actors, String place, String date, boolean intended) {
    List<Event> events = events(marked);
    assertThat(events).extracting(Event::type).containsExactly(type);
    Event e = events.get(0);
    assertThat(e.actors()).extracting(a -> Marks.name(a.id())).containsExactlyElementsOf(Arrays.asList(actors.split(",")));
    assertThat(Marks.name(e.place())).isEqualTo(place);
    assertThat(e.date()).isEqualTo(date);
    assertThat(e.intended()).isEqualTo(intended);
  }

  @ParameterizedTest(name = "no event: {0}")
  @CsvSource(
      delimiter = '#',
      value = {
        // gunfire is no launch
        "أطلق مجهولون النار على دورية للأمن في [كابول|LOC].",
        // a trigger inside a name is no trigger
        "شارك [المغرب|LOC] في أشغال [منتدى حوكمة الإنترنت|ORG].",
        // investment in general talk: no actor, no date
        "يعتبر الاستثمار في البنية التحتية الرقمية ضروريا لتنمية [المغرب|LOC].",
        // a place alone does not anchor an investment
        "يبقى الاستثمار في [المغرب|LOC] ضعيفا في هذا القطاع.",
        // investment without a sum of money is the idea of it
        "أكد [الوزير|PERS] أن الاستثمار في التكنولوجيا أولوية {هذا العام|2021}.",
        // missiles are no launch
        "وكانت [الولايات المتحدة|LOC] و[فرنسا|LOC] أطلقت 105 صواريخ على [سوريا|LOC]"
            + " {السبت|2018-04-14}.",
        // بحثت "searched" is no حثت "urged"
        "يمكنك حذف الأشياء التي بحثت عنها في [غوغل|ORG] {أمس|2018-03-30}.",
        // لقاء "in return for"
        "ستفرض [أوغندا|LOC] ضريبة يومية لقاء استخدام [فيسبوك|ORG] {ابتداء من يوليو|2018-07}.",
        // a reference to an existing agreement is no agreement
        "ارتفعت الأسعار بعدما انسحب [دونالد ترامب|PERS] من الاتفاق النووي مع [إيران|LOC]"
            + " {الثلاثاء|2018-05-08}.",
        // the dateline of a wire story is no actor
        "[نيويورك|LOC]، [الولايات المتحدة|LOC] ([CNN|ORG])-- تحدث الخبراء عن التكنولوجيا.",
      })
  void readsNoEvent(String marked) {
    assertThat(events(marked)).isEmpty();
  }

  @Test
  void aMeetingPointedBackToIsOneEventWithItsSubjectAndTheQuoteOfAParticipant() {
    List<Event> events =
        events(
            "التقى رئيس الحكومة [عزيز أخنوش|PERS] {أمس|2022-05-10} وفدا عن [البنك الدولي|ORG]. "
                + "وتناول هذا اللقاء سبل دعم التحول الرقمي، "
                + "وقال [أخنوش|PERS|عزيز أخنوش] إن <<المغرب ماض في رقمنة الإدارة|عزيز أخنوش>>.");
    assertThat(events).hasSize(1);
    Event meeting = events.get(0);
    assertThat(meeting.type()).isEqualTo("meeting");
    assertThat(meeting.trigger().text()).isEqualTo("التقى");
    assertThat(meeting.mentions()).extracting(Span::text).containsExactly("اللقاء");
    assertThat(meeting.actors()).extracting(a -> Marks.name(a.id())).containsExactly("عزيز أخنوش", "البنك الدولي");
    assertThat(meeting.date()).isEqualTo("2022-05-10");
    assertThat(meeting.subject().text()).isEqualTo("سبل دعم التحول الرقمي");
    assertThat(meeting.quotes())
        .extracting(Span::text)
        .containsExactly("المغرب ماض في رقمنة الإدارة");
  }

  @Test
  void reportedContentKeepsItsOwnActors() {
    // the communiqué's author and the minister who reports are not at the signing
    List<Event> events =
        events(
            "وأوضح بلاغ ل[وزارة الانتقال الرقمي|ORG] أن [المكتب الوطني للسكك الحديدية|ORG] و[أورنج"
                + " المغرب|ORG] وقعا مذكرة تفاهم لتعميم الإنترنت في القطارات.");
    assertThat(events).extracting(Event::type).containsExactly("partnership");
    assertThat(events.get(0).actors()).extracting(a -> Marks.name(a.id()))
        .containsExactly("المكتب الوطني للسكك الحديدية", "أورنج المغرب");
  }

  @Test
  void aDateComesFromEarlierInTheParagraphElseFromTheLead() {
    Article a =
        Annotated.article(
            "اختتمت {أمس الخميس|2023-11-16} ب[مراكش|LOC] أشغال الدورة الأولى.\n\n"
                + "وبالمناسبة، وقع [المغرب|LOC] و[السنغال|LOC] مذكرة تفاهم.");
    List<Event> events = finder.find(a);
    assertThat(events).extracting(Event::type).containsExactly("partnership");
    assertThat(events.get(0).date()).isEqualTo("2023-11-16"); // the lead's
    assertThat(Marks.name(events.get(0).place())).isEqualTo("مراكش"); // the lead's, beside its date
  }

  @Test
  void anEventDatedAfterPublicationIsPlanned() {
    Article a =
        Annotated.article(
                "يعقد [البنك المركزي التركي|ORG] اجتماعا {الخميس المقبل|2018-06-07} لتحديد سعر"
                    + " الفائدة.")
            .toBuilder()
            .published("2018-06-04T19:05:08Z")
            .build();
    List<Event> events = finder.find(a);
    assertThat(events).extracting(Event::type).containsExactly("meeting");
    assertThat(events.get(0).intended()).isTrue();
    assertThat(events.get(0).date()).isEqualTo("2018-06-07");
  }

  @Test
  void aDateInsideAQuotationIsNotTheEventsOfASpeakerOutsideIt() {
    List<Event> events =
        events(
            "وقال [بارنييه|PERS] اثر اجتماع مع [الاتحاد الأوروبي|ORG] "
                + "<<عرضنا أن تنتهي المرحلة في {31 ديسمبر 2020|2020-12-31}|بارنييه>>.");
    assertThat(events).extracting(Event::type).containsExactly("meeting");
    assertThat(events.get(0).date()).isNull();
  }

  @Test
  void theDateOfReportedContentIsNotTheStatements() {
    Article a =
        Annotated.article(
                "أصدر [مركز الفلك الدولي|ORG] بيانا حدد فيه أول أيام العيد، "
                    + "مشيرا إلى أن تحري الهلال سيكون {يوم السبت 11 أغسطس|2018-08-11}.")
            .toBuilder()
            .published("2018-08-01T09:46:18Z")
            .build();
    List<Event> events = finder.find(a);
    assertThat(events).extracting(Event::type).containsExactly("statement");
    assertThat(events.get(0).date()).isNull();
    assertThat(events.get(0).intended()).isFalse();
  }

  @Test
  void aWeekIsNoDayAfterPublication() {
    assertThat(EventFinder.startsAfter("2018-W12", "2018-03-22")).isFalse();
    assertThat(EventFinder.startsAfter("2018-04", "2018-03-22")).isTrue();
    assertThat(EventFinder.startsAfter("2018", "2018-03-22")).isFalse();
  }

  @Test
  void anArticleWithoutTextHasNoEvents() {
    assertThat(finder.find(Article.builder("x").text("").build())).isEmpty();
  }
}
