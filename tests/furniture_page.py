"""A web page of our own with every kind of page furniture around a short story and a caption
(shared by the furniture tests)."""

STORY = [
    "OSLO — Norway and Chile signed a fisheries agreement on Tuesday, the two foreign "
    "ministers said after talks in the Norwegian capital.",
    "The pact sets joint quotas for anchovy and mackerel and opens Chilean ports to Norwegian "
    "research vessels, the ministries said in a joint statement.",
    "Chile's foreign minister said the two countries would meet again in Santiago next year to "
    "review the quotas.",
]
CAPTION = "Fishing boats in the harbour of Valparaiso, where the new quotas take effect in June."

PAGE = f"""<!DOCTYPE html>
<html><head><title>Norway and Chile sign fisheries pact</title>
<meta property="og:site_name" content="Example Tribune"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Norway and Chile sign fisheries pact</h1>
<p>By Ingrid Dahl and Tomas Reyes, Staff Writers</p>
<p>{STORY[0]}</p>
<figure><img src="pact.jpg" alt=""><figcaption>Ministers after the signing.
<span class="image-credit">Kari Lunde/Example Pictures</span></figcaption></figure>
<p>{CAPTION} (AP Photo/Kari Lunde)</p>
<p>Photo: Kari Lunde/AFP</p>
<p>Read more: Fishing fleets face new quotas in the south Pacific</p>
<p>{STORY[1]}</p>
<div class="newsletter-signup"><p>Get the morning briefing in your inbox every weekday.</p></div>
<p>Sign up for our free daily newsletter to get the top stories in your inbox.</p>
<p>{STORY[2]}</p>
<p>Reporting by Ingrid Dahl in Oslo; Editing by Maria Soto</p>
<p>The Associated Press contributed to this report.</p>
<ul><li>Share this</li><li>Tweet</li><li>Email</li></ul>
<h2>Related stories</h2>
<p><a href="/a">Peru protests over new mining law turn violent</a></p>
<p><a href="/b">Argentina expels two diplomats after a spying row</a></p>
<p><a href="/c">Brazil and Uruguay agree to build a new border bridge</a></p>
</article>
<footer>We use cookies to improve your experience.</footer>
</body></html>"""
