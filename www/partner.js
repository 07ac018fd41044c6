// The partner page's own script: tabs, and a log of the events the maps send the page.
const tabs = [...document.querySelectorAll('[role="tab"]')];
for (const tab of tabs) {
  tab.addEventListener('click', () => {
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      document.getElementById(other.getAttribute('aria-controls')).hidden = !selected;
    }
  });
}
const log = document.getElementById('log');
const note = (text) => {
  const li = document.createElement('li');
  li.textContent = text;
  log.append(li);
};
document.addEventListener('entityselect', (e) => {
  note(`entityselect ${e.target.id}: ${e.detail.id} (${e.detail.type}) ${e.detail.names.en ?? ''} / ${e.detail.names.zh ?? ''}`);
});
document.addEventListener('relationselect', (e) => {
  const q = e.detail.evidence[0];
  note(`relationselect ${e.target.id}: ${e.detail.source} ${e.detail.type} ${e.detail.target}: "${q ? q.quote : ''}"`);
});
