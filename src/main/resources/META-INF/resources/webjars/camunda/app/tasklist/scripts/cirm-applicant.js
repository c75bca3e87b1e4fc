// The "ผู้ยื่น / Applicant" tab of a task in Tasklist: the applicant's name, address and phone,
// read from the citizen registry when the officer opens the tab (and audited), so a reviewer
// checks residence or calls the owner without copying a reference. Tasks of requests without a
// registered applicant say so.
function row(list, label, value) {
  const term = document.createElement('dt');
  term.textContent = label;
  const detail = document.createElement('dd');
  detail.textContent = value || '—';
  list.append(term, detail);
}

function address(a) {
  return a ? [a.line, 'ต.' + a.subdistrict, 'อ.' + a.district, 'จ.' + a.province, a.postcode].join(' ') : null;
}

export default [{
  id: 'cirm.applicant',
  pluginPoint: 'tasklist.task.detail',
  priority: 5,
  label: 'ผู้ยื่น / Applicant',
  render: (node, { taskId }) => {
    node.textContent = 'กำลังโหลด… / Loading…';
    fetch('/officer/api/tasks/' + encodeURIComponent(taskId) + '/applicant',
      { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then((answer) => (answer.ok ? answer.json() : null))
      .then((applicant) => {
        node.textContent = '';
        if (!applicant) {
          node.textContent = 'ไม่มีผู้ยื่นที่ลงทะเบียนไว้สำหรับงานนี้ / No registered applicant for this task';
          return;
        }
        const list = document.createElement('dl');
        list.className = 'cirm-applicant';
        row(list, 'ชื่อ / Name', applicant.nameTh ? applicant.nameTh.first + ' ' + applicant.nameTh.last : null);
        row(list, 'ที่อยู่ตามทะเบียนบ้าน / Registered address', address(applicant.address));
        row(list, 'โทรศัพท์ / Phone', applicant.phone);
        const note = document.createElement('p');
        note.className = 'text-muted';
        note.textContent = 'ทุกการเปิดดูถูกบันทึกตาม พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล / Every view is recorded, as the PDPA requires';
        node.append(list, note);
      });
  }
}];
