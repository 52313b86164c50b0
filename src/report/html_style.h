// The stylesheet and script of report.html, kept apart from the code that fills it.
#ifndef CLAIMDUP_REPORT_HTML_STYLE_H_
#define CLAIMDUP_REPORT_HTML_STYLE_H_

namespace claimdup {

inline constexpr const char kReportCss[] = R"css(
:root{--ink:#1d2430;--mute:#5b6677;--line:#e3e7ee;--bg:#f6f7fb;--card:#fff;--accent:#2457d6}
*{box-sizing:border-box}body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
header{background:#14213d;color:#fff;padding:22px 32px}header h1{margin:0;font-size:22px;letter-spacing:.3px}
header p{margin:4px 0 0;color:#c9d3e6}main{max-width:1180px;margin:0 auto;padding:20px 24px 60px}
section{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:18px 22px;margin:18px 0}
h2{font-size:17px;margin:0 0 4px}.note{color:var(--mute);margin:0 0 12px}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:10px}
.card{border:1px solid var(--line);border-radius:8px;padding:10px 12px;background:#fbfcfe}
.card b{display:block;font-size:22px}.card span{color:var(--mute);font-size:12px}
.params{color:var(--mute);font-size:12px;margin-top:10px}
.heat{overflow-x:auto}.heat text{font-size:11px;fill:var(--ink)}.cell{stroke:#fff;stroke-width:1}
.cell:hover{stroke:#000}.filters{display:flex;gap:8px;flex-wrap:wrap;margin:6px 0 10px}
.filters input,.filters select{padding:6px 9px;border:1px solid var(--line);border-radius:6px;font:inherit;min-width:180px}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:7px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{font-size:12px;color:var(--mute);text-transform:uppercase;letter-spacing:.4px;cursor:pointer;user-select:none;white-space:nowrap}
th.sorted:after{content:" \25BE"}th.sorted.asc:after{content:" \25B4"}
tr.qrow{cursor:pointer}tr.qrow:hover{background:#f3f6fd}td.num{text-align:right;font-variant-numeric:tabular-nums}
td.quote{max-width:560px}.badge{display:inline-block;background:#e8eefc;color:var(--accent);border-radius:10px;padding:1px 8px;font-weight:600}
tr.variants td{background:#fafbfd;font-size:13px}tr.variants li{margin:3px 0}.who{color:var(--mute)}
.pager{display:flex;gap:8px;align-items:center;margin-top:10px;color:var(--mute)}
.pager button{border:1px solid var(--line);background:#fff;border-radius:6px;padding:4px 10px;cursor:pointer}
.empty{color:var(--mute);padding:14px 0}
)css";

inline constexpr const char kReportJs[] = R"js(
(function(){
const D=JSON.parse(document.getElementById('data').textContent);
const O=D.outlets, esc=s=>String(s).replace(/[&<>"]/g,c=>({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c]));
const PAGE=50; let st={key:'n_outlets',dir:-1,page:0};
const fo=document.getElementById('f-outlet'), fs=document.getElementById('f-speaker'), ft=document.getElementById('f-text');
function rows(){
  const o=fo.value.trim().toLowerCase(), s=fs.value.trim().toLowerCase(), t=ft.value.trim().toLowerCase();
  let r=D.clusters.filter(c=>(!o||c.outlets.some(i=>O[i].toLowerCase().includes(o)))&&
    (!s||(c.speaker||'').toLowerCase().includes(s))&&(!t||c.canonical.toLowerCase().includes(t)));
  const k=st.key, d=st.dir;
  r.sort((a,b)=>{const x=a[k],y=b[k]; if(x<y)return -d; if(x>y)return d; return a.id-b.id;});
  return r;
}
function render(){
  const r=rows(), pages=Math.max(1,Math.ceil(r.length/PAGE)); st.page=Math.min(st.page,pages-1);
  const body=document.querySelector('#quotes-table tbody');
  body.innerHTML=r.slice(st.page*PAGE,(st.page+1)*PAGE).map(c=>
    '<tr class="qrow" data-cluster="'+c.id+'" data-outlets="'+c.n_outlets+'"><td class="num"><span class="badge">'+c.n_outlets+
    '</span></td><td class="num">'+c.size+'</td><td class="quote">'+esc(c.canonical)+'</td><td>'+esc(c.speaker||'—')+
    '</td><td>'+esc(O[c.first_outlet])+'<div class="who">'+esc(c.first_date||'undated')+'</div></td></tr>').join('')||
    '<tr><td colspan="5" class="empty">No cross-outlet quote matches these filters.</td></tr>';
  document.getElementById('pageinfo').textContent='Page '+(st.page+1)+' of '+pages+' · '+r.length+' quotes';
  document.querySelectorAll('#quotes-table th').forEach(th=>{th.classList.toggle('sorted',th.dataset.key===st.key);
    th.classList.toggle('asc',th.dataset.key===st.key&&st.dir===1);});
}
document.querySelector('#quotes-table tbody').addEventListener('click',e=>{
  const tr=e.target.closest('tr.qrow'); if(!tr)return;
  if(tr.nextSibling&&tr.nextSibling.classList&&tr.nextSibling.classList.contains('variants')){tr.nextSibling.remove();return;}
  const c=D.clusters.find(x=>x.id==tr.dataset.cluster), v=document.createElement('tr'); v.className='variants';
  v.innerHTML='<td></td><td colspan="4"><div class="who">Root wording: “'+esc(c.root)+'”</div><ul>'+c.variants.map(x=>'<li><b>'+esc(O[x.o])+'</b> <span class="who">'+
    esc(x.d||'undated')+(x.r?' · '+esc(x.r)+' '+Math.round(100*x.s)+'%':'')+(x.e?' · '+esc(x.e):'')+'</span> — “'+esc(x.t)+'”</li>').join('')+'</ul>'+(c.more?'<div class="who">… and '+c.more+
    ' more (see clusters.jsonl)</div>':'')+'</td>'; tr.after(v);
});
document.querySelectorAll('#quotes-table th').forEach(th=>th.addEventListener('click',()=>{
  if(st.key===th.dataset.key)st.dir=-st.dir; else {st.key=th.dataset.key; st.dir=th.dataset.key==='canonical'||th.dataset.key==='speaker'?1:-1;}
  render();}));
[fo,fs,ft].forEach(i=>i.addEventListener('input',()=>{st.page=0;render();}));
document.getElementById('prev').onclick=()=>{if(st.page>0){st.page--;render();}};
document.getElementById('next').onclick=()=>{st.page++;render();};
const sel=document.getElementById('outlet-select');
sel.innerHTML=D.outlet_order.map(i=>'<option value="'+i+'">'+esc(O[i])+'</option>').join('');
function renderOutlet(){
  const x=+sel.value, r=[];
  D.pairs.forEach(p=>{ if(p[0]===x) r.push({o:p[1],n:p[2],mine:p[3],theirs:p[4]}); else if(p[1]===x) r.push({o:p[0],n:p[2],mine:p[4],theirs:p[3]}); });
  r.sort((a,b)=>b.theirs-a.theirs||b.n-a.n||O[a.o].localeCompare(O[b.o]));
  document.querySelector('#outlet-table tbody').innerHTML=r.map(p=>'<tr class="orow"><td>'+esc(O[p.o])+'</td><td class="num">'+p.n+
    '</td><td class="num">'+p.theirs+'</td><td class="num">'+p.mine+'</td></tr>').join('')||
    '<tr><td colspan="4" class="empty">This outlet shares no quote with another outlet.</td></tr>';
}
sel.addEventListener('change',renderOutlet);
render(); if(D.outlet_order.length) renderOutlet();
})();
)js";

}  // namespace claimdup

#endif  // CLAIMDUP_REPORT_HTML_STYLE_H_
