// CiRM One-Stop's Cockpit: Thai for officers whose browser asks for Thai (the labels they meet
// first; the rest in English), English otherwise; years in the Buddhist Era (Tasklist's script).
export default {
  locales: {
    availableLocales: ['th', 'en'],
    fallbackLocale: 'en'
  },
  customScripts: ['../tasklist/scripts/cirm-buddhist-era']
};
