// The page's words in Arabic (first) and English. Article text is never translated.
const STRINGS = {
  ar: {
    brand: 'مرصد',
    'nav.dashboard': 'لوحة المتابعة',
    'nav.search': 'البحث',
    'nav.events': 'الأحداث',
    'search.placeholder': 'ابحث في الأخبار…',
    'search.button': 'بحث',
    'search.results': (n) => `${n} نتيجة`,
    'search.none': 'لا نتائج. جرّب كلمات أخرى أو أزل بعض المرشحات.',
    'search.sort': 'الترتيب',
    'sort.relevance': 'الأكثر صلة',
    'sort.newest': 'الأحدث',
    'sort.oldest': 'الأقدم',
    'search.filters': 'المرشحات',
    'search.clear': 'إزالة الكل',
    'search.from': 'من',
    'search.to': 'إلى',
    'search.apply': 'تطبيق',
    'search.try': 'جرّب:',
    'facet.source': 'المصادر',
    'facet.date': 'الأشهر',
    'facet.topic': 'المواضيع',
    'facet.theme': 'المحاور',
    'facet.entity': 'الفاعلون',
    'facet.language': 'اللغة',
    'facet.event': 'أنواع الأحداث',
    'facet.story': 'القصص',
    'page.prev': 'السابق',
    'page.next': 'التالي',
    'page.of': (a, b) => `الصفحة ${a} من ${b}`,
    loading: 'جارٍ التحميل…',
    footer: 'مرصد — مرصد مفتوح المصدر للأخبار العربية',
    'dash.title': 'لوحة المتابعة',
    'dash.articles': 'مقالات',
    'dash.sources': 'مصادر',
    'dash.newest': 'أحدث مقال',
    'dash.bySource': 'حجم النشر شهرياً حسب المصدر',
    'dash.byTopic': 'حجم النشر شهرياً حسب الموضوع',
    'dash.actors': 'الفاعلون الأكثر ذكراً هذا الأسبوع',
    'dash.themes': 'المحاور الأبرز هذا الأسبوع',
    'dash.events': 'آخر الأحداث',
    'dash.latest': 'آخر المقالات',
    'dash.week': (a, b) => `من ${a} إلى ${b}`,
    'dash.empty': 'المخزن فارغ. أضف مقالات: ./marsad ingest --store marsad-data ملفات… أو ./marsad up samples',
    'empty.topics': 'لا مواضيع بعد.',
    'empty.themes': 'لا محاور بعد.',
    'empty.actors': 'لا فاعلين بعد.',
    'empty.events': 'لا أحداث بعد.',
    'art.source': 'المصدر',
    'art.published': 'تاريخ النشر',
    'art.byline': 'الكاتب',
    'art.dateline': 'المكان',
    'art.original': 'المقال الأصلي',
    'art.entities': 'الكيانات',
    'art.quotes': 'الاقتباسات',
    'art.events': 'الأحداث',
    'art.themes': 'المحاور',
    'art.topics': 'المواضيع',
    'art.duplicates': 'نسخ مكررة',
    'art.duplicateOf': 'هذا المقال نسخة من',
    'art.story': 'القصة',
    'art.storyCount': (n) => `${n} مقالات في هذه القصة`,
    'art.dates': 'التواريخ',
    'art.amounts': 'المبالغ',
    'art.noEntities': 'لم تُستخرج كيانات من هذا المقال بعد.',
    'art.unknownSpeaker': 'متحدث غير محدد',
    'art.legend': 'الألوان:',
    'type.PERS': 'شخص',
    'type.ORG': 'مؤسسة',
    'type.LOC': 'مكان',
    'type.MISC': 'أخرى',
    'ent.articles': (n) => `مذكور في ${n} مقال`,
    'ent.aliases': 'الأسماء والتهجئات',
    'ent.roles': 'الصفات والمناصب',
    'ent.timeline': 'الذكر عبر الزمن (مقالات شهرياً)',
    'ent.graph': 'الفاعلون الأكثر ظهوراً معه',
    'ent.quotes': 'أقواله',
    'ent.events': 'أحداث شارك فيها',
    'ent.recent': 'آخر المقالات',
    'ent.allArticles': 'كل المقالات',
    'ent.none': 'لا شيء بعد.',
    'events.title': 'آخر الأحداث',
    'event.actors': 'المشاركون',
    'event.place': 'المكان',
    'event.date': 'التاريخ',
    'event.intended': 'مُعلن عنه',
    'story.title': 'قصة',
    'error.title': 'تعذّر التحميل',
    'error.notFound': 'غير موجود',
    'lang.switch': 'English',
  },
  en: {
    brand: 'Marsad',
    'nav.dashboard': 'Dashboard',
    'nav.search': 'Search',
    'nav.events': 'Events',
    'search.placeholder': 'Search the news…',
    'search.button': 'Search',
    'search.results': (n) => `${n} results`,
    'search.none': 'No results. Try other words or remove some filters.',
    'search.sort': 'Sort',
    'sort.relevance': 'Most relevant',
    'sort.newest': 'Newest',
    'sort.oldest': 'Oldest',
    'search.filters': 'Filters',
    'search.clear': 'Clear all',
    'search.from': 'From',
    'search.to': 'To',
    'search.apply': 'Apply',
    'search.try': 'Try:',
    'facet.source': 'Sources',
    'facet.date': 'Months',
    'facet.topic': 'Topics',
    'facet.theme': 'Themes',
    'facet.entity': 'Actors',
    'facet.language': 'Language',
    'facet.event': 'Event types',
    'facet.story': 'Stories',
    'page.prev': 'Previous',
    'page.next': 'Next',
    'page.of': (a, b) => `Page ${a} of ${b}`,
    loading: 'Loading…',
    footer: 'Marsad — an open-source observatory for Arabic news',
    'dash.title': 'Dashboard',
    'dash.articles': 'articles',
    'dash.sources': 'sources',
    'dash.newest': 'newest article',
    'dash.bySource': 'Articles per month by source',
    'dash.byTopic': 'Articles per month by topic',
    'dash.actors': 'Most mentioned actors this week',
    'dash.themes': 'Top themes this week',
    'dash.events': 'Latest events',
    'dash.latest': 'Latest articles',
    'dash.week': (a, b) => `${a} to ${b}`,
    'dash.empty': 'The store is empty. Add articles: ./marsad ingest --store marsad-data FILES… or ./marsad up samples',
    'empty.topics': 'No topics yet.',
    'empty.themes': 'No themes yet.',
    'empty.actors': 'No actors yet.',
    'empty.events': 'No events yet.',
    'art.source': 'Source',
    'art.published': 'Published',
    'art.byline': 'Byline',
    'art.dateline': 'Dateline',
    'art.original': 'Original article',
    'art.entities': 'Entities',
    'art.quotes': 'Quotes',
    'art.events': 'Events',
    'art.themes': 'Themes',
    'art.topics': 'Topics',
    'art.duplicates': 'Duplicates',
    'art.duplicateOf': 'This article duplicates',
    'art.story': 'Story',
    'art.storyCount': (n) => `${n} articles in this story`,
    'art.dates': 'Dates',
    'art.amounts': 'Amounts',
    'art.noEntities': 'No entities extracted from this article yet.',
    'art.unknownSpeaker': 'Unknown speaker',
    'art.legend': 'Colours:',
    'type.PERS': 'Person',
    'type.ORG': 'Organization',
    'type.LOC': 'Place',
    'type.MISC': 'Other',
    'ent.articles': (n) => `Named in ${n} articles`,
    'ent.aliases': 'Names and spellings',
    'ent.roles': 'Titles and roles',
    'ent.timeline': 'Mentions over time (articles per month)',
    'ent.graph': 'Actors seen most often with them',
    'ent.quotes': 'Quotes',
    'ent.events': 'Events they took part in',
    'ent.recent': 'Recent articles',
    'ent.allArticles': 'All articles',
    'ent.none': 'Nothing yet.',
    'events.title': 'Latest events',
    'event.actors': 'Participants',
    'event.place': 'Place',
    'event.date': 'Date',
    'event.intended': 'announced',
    'story.title': 'Story',
    'error.title': 'Could not load',
    'error.notFound': 'Not found',
    'lang.switch': 'العربية',
  },
};

export let lang = localStorage.getItem('marsad.lang') === 'en' ? 'en' : 'ar';

/** A UI string; functions take arguments (counts are formatted first). */
export function t(key, ...args) {
  const v = STRINGS[lang][key] ?? STRINGS.ar[key] ?? key;
  return typeof v === 'function' ? v(...args) : v;
}

const numbers = () => new Intl.NumberFormat(lang === 'ar' ? 'ar-u-nu-latn' : 'en');
export const num = (n) => numbers().format(n);

/** 2021-02-22 or 2021-02-22T16:18 as a readable date; anything else as given. */
export function date(iso) {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, m[3] ? +m[3] : 1));
  const opts = m[3] ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
    : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(lang === 'ar' ? 'ar-u-nu-latn' : 'en-GB', opts).format(d);
}

/** Sets the page's language and direction, and the static strings. */
export function applyLanguage() {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll('[data-i18n-placeholder]')) {
    el.placeholder = t(el.dataset.i18nPlaceholder);
  }
  const button = document.getElementById('lang');
  button.textContent = t('lang.switch');
  button.lang = lang === 'ar' ? 'en' : 'ar';
}

export function switchLanguage() {
  localStorage.setItem('marsad.lang', lang === 'ar' ? 'en' : 'ar');
  location.reload();
}
