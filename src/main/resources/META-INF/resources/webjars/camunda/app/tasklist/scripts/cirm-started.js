// After an officer starts a service from Tasklist's "Start process", Tasklist itself says only
// "the process has been started". This script watches for that start (the submit-form call,
// whose answer carries the tracking code as business key), asks our desk for the request's receipt
// and shows the tracking code to read out to the caller, with a link to the printable receipt.
const START = /\/process-definition\/[^/]+\/submit-form$/;

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url) {
  this.cirmStart = method === 'POST' && START.test(String(url).split('?')[0]);
  return open.apply(this, arguments);
};

const send = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.send = function () {
  if (this.cirmStart) {
    this.addEventListener('load', () => {
      if (this.status !== 200) {
        return;
      }
      try {
        const started = JSON.parse(this.responseText);
        if (started.businessKey) {
          showReceiptOf(started.businessKey);
        }
      } catch (notJson) {
        // not a start we know; nothing to show
      }
    });
  }
  return send.apply(this, arguments);
};

function showReceiptOf(trackingCode) {
  fetch('/officer/api/receipts/' + encodeURIComponent(trackingCode),
    { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then((answer) => (answer.ok ? answer.json() : null))
    .then((receipt) => receipt && show(receipt));
}

function show(receipt) {
  document.querySelectorAll('.cirm-started').forEach((old) => old.remove());
  const notice = document.createElement('div');
  notice.className = 'cirm-started';
  notice.setAttribute('role', 'status');
  notice.append(line('เริ่มคำขอแล้ว แจ้งรหัสติดตามนี้แก่ผู้ติดต่อ', 'The request is started; read this tracking code out'));
  const code = document.createElement('span');
  code.className = 'cirm-code';
  code.textContent = receipt.trackingCode;
  notice.append(code);
  if (receipt.service) {
    notice.append(line(receipt.service.th, receipt.service.en));
  }
  const print = document.createElement('a');
  print.href = receipt.receiptPage;
  print.target = '_blank';
  print.rel = 'noopener';
  print.textContent = 'พิมพ์ใบรับคำขอ / Print the receipt';
  const actions = document.createElement('div');
  actions.append(print);
  if (receipt.applicantKnown === false) {
    // Tasklist's start form names no applicant: the caller is identified on our page, so
    // their national ID is typed there and never becomes a process variable.
    const send = document.createElement('a');
    send.href = receipt.receiptPage + '#caller';
    send.target = '_blank';
    send.rel = 'noopener';
    send.textContent = 'ส่งรหัสให้ผู้ติดต่อทาง SMS / Send the code to the caller';
    actions.append(' · ', send);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'btn btn-default btn-xs';
  close.textContent = 'ปิด / Close';
  close.addEventListener('click', () => notice.remove());
  actions.append(' ', close);
  notice.append(actions);
  document.body.append(notice);
}

function line(thai, english) {
  const text = document.createElement('div');
  text.textContent = thai + ' ';
  const en = document.createElement('span');
  en.className = 'cirm-en';
  en.lang = 'en';
  en.textContent = english;
  text.append(en);
  return text;
}

export default [];
