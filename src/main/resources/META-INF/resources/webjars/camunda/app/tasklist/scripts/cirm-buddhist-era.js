// Thai officers read years in the Buddhist Era. The webapps format dates with moment.js, which
// cannot add 543 years from a locale file, so the Thai locale (locales/th.json) writes the year as
// "ค.ศ. 2026" and this script turns every such year on the page into "พ.ศ. 2569" as it appears.
const CHRISTIAN_YEAR = /ค\.ศ\. (\d{4})/g;

function buddhist(node) {
  if (node.nodeType === Node.TEXT_NODE) {
    if (node.nodeValue.includes('ค.ศ. ')) {
      node.nodeValue = node.nodeValue.replace(CHRISTIAN_YEAR, (all, year) => 'พ.ศ. ' + (Number(year) + 543));
    }
    return;
  }
  node.childNodes.forEach(buddhist);
  if (node.title && node.title.includes('ค.ศ. ')) {
    node.title = node.title.replace(CHRISTIAN_YEAR, (all, year) => 'พ.ศ. ' + (Number(year) + 543));
  }
}

new MutationObserver((changes) => changes.forEach((change) => {
  if (change.type === 'characterData') {
    buddhist(change.target);
  }
  change.addedNodes.forEach(buddhist);
})).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

export default [];
