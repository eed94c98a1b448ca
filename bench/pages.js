// The benchmark's pages, generated here so every run measures the same thing.

const STORY = [
  'The board of OpenAI removed Sam Altman on Friday, saying he was not consistently candid with directors.',
  'Greg Brockman, the company president, quit within hours, and Microsoft chief executive Satya Nadella moved quickly.',
  'By Monday, 738 out of OpenAI’s roughly 770 employees had signed the letter, which Ilya Sutskever also signed.',
  'Emmett Shear, a co-founder of Twitch, was named interim CEO while Mira Murati returned to her old role.',
  'Microsoft has invested $13 billion in OpenAI, and Thrive Capital led a share sale valuing it at around $86 billion.',
  'Bret Taylor, Larry Summers and Adam D’Angelo formed the new board after Altman agreed to return.',
];
const FILLER = [
  'Analysts said the episode raised questions about how nonprofit boards oversee fast-growing companies.',
  'The weather in San Francisco was mild for the season, with fog lifting by late morning over the bay.',
  'Several readers wrote in to ask what the change would mean for products they use every day at work.',
  'Investors in other startups watched closely, wondering whether their own governance would be tested.',
  'A spokesperson declined to comment further, pointing instead to an earlier statement on the website.',
];

function paragraph(i, storyEvery) {
  const text = i % storyEvery === 0 ? STORY[(i / storyEvery) % STORY.length] : FILLER[i % FILLER.length];
  // Typical markup: a link and emphasis inside the prose.
  return `<p>${text.replace(/(\w+ly)\b/, '<em>$1</em>').replace(/(said|wrote|declined)/, '<a href="#">$1</a>')}</p>`;
}

function shell(title, body, script = '') {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font:16px/1.5 Georgia,serif;max-width:720px;margin:auto}</style></head>
<body><header><nav><a href="/">Home</a> <a href="/tech">Tech</a></nav></header>${body}
<script src="/harness.js"></script>${script}</body></html>`;
}

/** ~3,000 words of article with about a hundred mentions. */
export function articlePage() {
  const paras = Array.from({ length: 190 }, (_, i) => paragraph(i, 6)).join('\n');
  return shell(
    'Article',
    `<article><h1>Inside the OpenAI board crisis</h1><p class="byline">By A. Writer</p>${paras}</article>
<aside><h2>Related</h2><ul><li><a href="#">More on Microsoft</a></li></ul></aside>
<section><h2>Comments</h2><div><b>reader</b><p>What a week for OpenAI.</p></div></section>`,
  );
}

/** ~50,000 words in ~20,000 elements; the page appends updates while Sourcemark works. */
export function liveBlogPage() {
  const entries = Array.from(
    { length: 3000 },
    (_, i) =>
      `<article class="entry"><time>${(i % 12) + 1}:${String(i % 60).padStart(2, '0')} p.m.</time>${paragraph(i, 9)}<div class="meta"><span>Share</span> <span>Reply</span></div></article>`,
  ).join('\n');
  const script = `<script>
window.startUpdates = () => { let n = 0; const id = setInterval(() => {
  const e = document.createElement('article');
  e.innerHTML = '<time>now</time><p>Update ' + n + ': Sam Altman and OpenAI confirm the deal, with Bret Taylor as chair.</p>';
  document.getElementById('feed').prepend(e);
  if (++n === 20) { clearInterval(id); window.updatesDone = true; }
}, 25); };
</script>`;
  return shell('Live blog', `<main id="feed">${entries}</main>`, script);
}

/** ~30,000 elements, dense with mentions (over 10,000 matches). */
export function hugePage() {
  const rows = Array.from({ length: 10000 }, (_, i) =>
    i % 5 === 0
      ? `<li><a href="#">Item ${i}</a> <b>story</b> ${STORY[(i / 5) % STORY.length]}</li>`
      : `<li><a href="#">Item ${i}</a> <b>note</b> ${FILLER[i % FILLER.length]} OpenAI replied.</li>`,
  ).join('\n');
  return shell('Huge', `<ul>${rows}</ul>`);
}

/** Sentences that share the story's words — Microsoft, a board, a chief executive, a Scott — and are about none of it. */
const UNRELATED = [
  'Microsoft’s board approved a new share buyback on Tuesday, and its chief executive praised the quarter’s cloud sales.',
  'Scott Guthrie, who runs the cloud division, told analysts that demand for data centres kept growing in every region.',
  'The company’s chief financial officer said the board expects margins to hold despite rising energy prices.',
  'Kevin Scott scored twice in the second half as United beat Rovers in front of a crowd of twenty thousand.',
  'A spokesperson for the board of the football club declined to comment on the manager’s contract.',
  'Shareholders asked the CEO about the gaming unit, where console sales slowed after a strong holiday season.',
  'Google and Amazon reported results later in the week, with advertising revenue recovering faster than expected.',
  'The interim chair of the council said the new stadium would open in the spring, weather permitting.',
  'Analysts said the results showed how much of the industry now depends on a handful of large cloud providers.',
  'The board also named two new directors, a former banker and the head of a logistics company.',
];

/** ~2,500 words that share words with the story without being about it: the gate must let it be. */
export function unrelatedPage() {
  const paras = Array.from(
    { length: 75 },
    (_, i) =>
      `<p>${UNRELATED[i % UNRELATED.length].replace(/(said|told|asked)/, '<a href="#">$1</a>')} ${FILLER[i % FILLER.length]}</p>`,
  ).join('\n');
  return shell(
    'Markets and sport',
    `<article><h1>Microsoft’s board backs its chief executive</h1><p class="byline">By A. Writer</p>${paras}</article>
<aside><h2>Related</h2><ul><li><a href="#">More on Microsoft</a></li></ul></aside>`,
  );
}
