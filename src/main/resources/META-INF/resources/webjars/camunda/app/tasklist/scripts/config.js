// CiRM One-Stop's Tasklist: Thai for officers whose browser asks for Thai (English otherwise),
// no first-login tour, and the tracking code of a request shown as soon as it is started.
export default {
  locales: {
    availableLocales: ['th', 'en'],
    fallbackLocale: 'en'
  },
  disableWelcomeMessage: true,
  customScripts: ['scripts/cirm-started', 'scripts/cirm-form-messages', 'scripts/cirm-applicant',
    'scripts/cirm-buddhist-era'],
  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: 'claims the currently selected task' },
    focusFilter: { key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list' },
    focusList: { key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list' },
    focusForm: { key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form' },
    startProcess: { key: 'ctrl+alt+p', description: 'opens the start process modal dialog' }
  }
};
