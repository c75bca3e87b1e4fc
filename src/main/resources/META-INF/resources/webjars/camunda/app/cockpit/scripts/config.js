// CiRM One-Stop's Cockpit: Thai for officers whose browser asks for Thai (the labels they
// meet first; the rest in English), English otherwise.
export default {
  locales: {
    availableLocales: ['th', 'en'],
    fallbackLocale: 'en'
  }
};
