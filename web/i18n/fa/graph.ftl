# graph: the graph's figures (#/graph) and the chains between two cities
# (#/graph/path) (see web/js/i18n.js)

## #/graph

graph-title = گراف همکاری‌ها و شبکه‌ها
graph-lead = دفتر ثبت به‌صورت یک شبکهٔ واحد: هر شهر به هر شهر همکارش (از راه یک همکاری جاری) و به هر شبکه‌ای که اکنون عضو آن است پیوند دارد. در این صفحه ارقام آن و شهرهای کانونی آن را می‌بینید.
graph-path-link = یک شهر چگونه به شهر دیگری پیوند دارد؟

graph-figures-heading = به زبان ارقام
graph-fact-cities = شهرهای گراف
graph-fact-networks = شبکه‌های گراف
graph-fact-partnerships = همکاری‌های میان شهرها
graph-fact-memberships = عضویت‌ها در شبکه‌ها
graph-fact-groups = گروه‌های همبند
graph-fact-group-cities = شهرهای بزرگ‌ترین گروه
graph-fact-group-networks = شبکه‌های بزرگ‌ترین گروه
graph-fact-communities = اجتماع‌ها
graph-fact-community-cities = شهرهای بزرگ‌ترین اجتماع
graph-fact-modularity = پیمانگی
graph-fact-betweenness = بینابینی
graph-fact-estimated = تخمینی ({ $count } مبدأ)
graph-fact-exact = دقیق

graph-words-empty = گراف خالی است: هنوز هیچ شهری همکاری جاری با شهر دیگر یا عضویت کنونی در شبکه‌ای ندارد.
graph-words-links = این گراف { $cities } شهر و { $networks } شبکه را از راه { $partnerships } همکاری میان دو شهر و { $memberships } عضویت شهر در شبکه به هم پیوند می‌دهد.
graph-words-in-it = شهری در گراف است که با شهر دیگری همکاری جاری (نه پیشنهادی و نه پایان‌یافته) داشته باشد یا اکنون عضو شبکه‌ای باشد؛ چند توافق میان همان دو شهر یک همکاری به شمار می‌آید.
graph-words-groups = گراف به { $count } گروه همبند تقسیم می‌شود: درون هر گروه، زنجیره‌ای از همکاری‌ها و شبکه‌های مشترک هر دو شهری را به هم می‌رساند و هیچ زنجیره‌ای از گروه بیرون نمی‌رود.
# $percent: "75%"
graph-words-largest-group = بزرگ‌ترین گروه { $cities } شهر ({ $percent } از شهرهای گراف) و { $networks } شبکه را در بر دارد.
# $method: "the Louvain method"
graph-words-communities = تشخیص اجتماع‌ها ({ $method }) { $count } اجتماع می‌یابد، یعنی گروه‌هایی از شهرها که با یکدیگر پیوند بیشتری دارند تا با بقیه؛ بزرگ‌ترین آن‌ها { $largest } شهر دارد.
graph-louvain = روش لووَن
graph-words-modularity-unknown = پیمانگی آن معلوم نیست.
graph-words-modularity = پیمانگی برابر { $value } است (از ۰، یعنی پیوندهای درون اجتماع‌ها بیش از آنچه تصادف پدید می‌آورد نیست، تا ۱؛ بالاتر از ۰٫۳ تفکیک روشن است).
graph-words-estimated = بینابینی از روی نمونهٔ ثابتی از { $count } مبدأ تخمین زده شده است: گراف بزرگ‌تر از آن است که بتوان همهٔ کوتاه‌ترین زنجیره‌ها را دنبال کرد.
graph-words-exact = بینابینی دقیق است: همهٔ کوتاه‌ترین زنجیره‌ها شمرده شده‌اند.

graph-how-title = این ارقام چگونه محاسبه شده‌اند
# $build...: "12 ms" or "not yet computed"
graph-how = گراف تغییر شمارهٔ { $generation } در همکاری‌ها و عضویت‌های دفتر ثبت. ساخت در { $build }؛ گروه‌های همبند در { $components }؛ اجتماع‌ها در { $communities }؛ بینابینی: { $betweenness }؛ مرکزیت بردار ویژه: { $eigenvector }.
graph-ms = { $ms } میلی‌ثانیه
graph-not-computed = هنوز محاسبه نشده

graph-top-heading = مرکزی‌ترین شهرها
graph-ranking-label = انتخاب رتبه‌بندی
graph-measure = سنجه
graph-country = کشور
graph-show = نمایش
graph-all-countries = همهٔ کشورها
graph-limit = { $count } شهر
# the measures: their names (a column's head) ...
graph-measure-degree = درجه
graph-measure-betweenness = بینابینی
graph-measure-eigenvector = بردار ویژه
# ... as $measure in a sentence
graph-measure-words-degree = درجه
graph-measure-words-betweenness = بینابینی
graph-measure-words-eigenvector = مرکزیت بردار ویژه
# ... and what they say
graph-about-degree = درجه پیوندهای یک شهر را می‌شمارد: شهرهای همکار آن و شبکه‌هایی که اکنون عضو آن‌هاست. این سنجه شهرهایی را نشان می‌دهد که بیشترین پیوند مستقیم را دارند.
graph-about-betweenness = بینابینی کوتاه‌ترین زنجیره‌های میان دیگر شهرها و شبکه‌ها را می‌شمارد که از یک شهر می‌گذرند. شهری که در این سنجه بالاست یک پل است: بدون آن، دیگران از هم دورتر بودند.
graph-about-eigenvector = مرکزیت بردار ویژه برای شهری بالاست که به شهرها و شبکه‌هایی پیوند دارد که خود مرکزی‌اند. مرکزی‌ترین شهر امتیاز ۱ می‌گیرد و بقیه نسبت به آن نشان داده می‌شوند. شهرهای بیرون از بزرگ‌ترین گروه همبند امتیاز ۰ می‌گیرند.
graph-loading-betweenness = در حال بارگذاری… (پس از هر تغییر در دفتر ثبت، محاسبهٔ بینابینی چند ثانیه طول می‌کشد)
graph-no-ranking = رتبه‌بندی‌ای نمایش داده نشد.
graph-ranking-failed = رتبه‌بندی بارگذاری نشد: { $message }
# $count cities shown of $total; $measure: "betweenness"
graph-top-summary = { $count } شهر با بالاترین { $measure }، از میان { $total } شهر گراف.
# the same, of one country ($country: its name)
graph-top-summary-country = { $count } شهر کشور { $country } با بالاترین { $measure }، از میان { $total } شهر این کشور در گراف (سنجیده در کل گراف و رتبه‌بندی‌شده در میان همین شهرها).
graph-top-none = هیچ شهری در گراف نیست.
graph-top-none-country = هیچ شهری از کشور { $country } در گراف نیست.
graph-estimate = بینابینی در اینجا تخمینی است، نه دقیق: گراف بزرگ‌تر از آن است که بتوان همهٔ زنجیره‌ها را دنبال کرد، پس زنجیره‌های آغازشده از نمونهٔ ثابتی از { $sample } شهر و شبکه (از { $total } شهر و شبکهٔ آن) شمرده و به کل تعمیم داده می‌شوند. ترتیب نخستین شهرها قابل اعتماد است؛ مقدارهای نزدیک ممکن است جابه‌جا شوند.
graph-estimate-unknown = بینابینی در اینجا تخمینی است، نه دقیق: گراف بزرگ‌تر از آن است که بتوان همهٔ زنجیره‌ها را دنبال کرد، پس زنجیره‌های آغازشده از نمونهٔ ثابتی از شهرها و شبکه‌های آن شمرده و به کل تعمیم داده می‌شوند. ترتیب نخستین شهرها قابل اعتماد است؛ مقدارهای نزدیک ممکن است جابه‌جا شوند.
graph-col-rank = رتبه
graph-col-city = شهر
graph-col-partners = شهرهای همکار
graph-col-networks = شبکه‌ها
graph-top-caption = مرکزی‌ترین شهرها بر پایهٔ { $measure }
graph-top-caption-country = مرکزی‌ترین شهرهای کشور { $country } بر پایهٔ { $measure }

## #/graph/path

graph-path-title = یک شهر چگونه به شهر دیگری پیوند دارد؟
graph-path-crumb = زنجیره‌ها
graph-path-lead = دو شهر را انتخاب کنید: کوتاه‌ترین زنجیرهٔ میان آن‌ها از همکاری‌های میان شهرها و شبکه‌هایی می‌گذرد که هر دو شهرِ یک گام عضو آن‌اند. از میان زنجیره‌های هم‌اندازه، آن‌هایی که همکاری بیشتری دارند جلوتر می‌آیند.
graph-path-from = از
graph-path-to = به
graph-path-follow = مسیر از راه
graph-path-via-all = همکاری‌ها و شبکه‌های مشترک
graph-path-via-partnerships = فقط همکاری‌ها
graph-path-form-label = دو شهر را انتخاب کنید
graph-path-submit = نمایش زنجیره
graph-path-swap = جابه‌جایی دو شهر
graph-path-no-city = شهری با شناسهٔ { $id } وجود ندارد. شهری را از فهرست انتخاب کنید.
graph-path-city-failed = این شهر بارگذاری نشد: { $message }
graph-path-choose-first = شهر نخست را از فهرست انتخاب کنید.
graph-path-choose-second = شهر دوم را از فهرست انتخاب کنید.
graph-path-choose-two = نخست دو شهر را از فهرست‌ها انتخاب کنید.
graph-path-choose-one = نخست یک شهر را از فهرست‌ها انتخاب کنید.
# $from, $to: the two cities' names
graph-path-page-title = از { $from } تا { $to }: زنجیره
graph-path-heading = از { $from } تا { $to }
graph-path-looking = در جست‌وجوی زنجیره…
graph-path-looking-slow = در جست‌وجوی زنجیره… نخستین جست‌وجو پس از هر تغییر در دفتر ثبت چند ثانیه طول می‌کشد.
graph-path-same = { $name } را دو بار انتخاب کرده‌اید. برای دیدن پیوند دو شهر، دو شهر متفاوت انتخاب کنید.
graph-path-failed = زنجیره بارگذاری نشد: { $message }
graph-path-no-link = هیچ زنجیره‌ای { $from } را به { $to } پیوند نمی‌دهد.
# $links: "2 partnerships and 1 shared network"
graph-path-summary = { $from } در { $steps } گام به { $to } می‌رسد: { $links }.
graph-path-summary-between = { $from } در { $steps } گام به { $to } می‌رسد: { $links }، با گذر از { $between } شهر میانی.
graph-path-n-partnerships = { $count } همکاری
graph-path-n-networks = { $count } شبکهٔ مشترک
graph-path-list-label = زنجیره از { $from } تا { $to }
# $network: the network's name (a link)
graph-path-via-network = از راه شبکهٔ { $network }
graph-path-both-members = هر دو عضو آن‌اند
graph-path-via-partnership = از راه یک همکاری
graph-path-network-n = شبکهٔ { $id }
graph-path-signed = امضاشده در { $year }
graph-path-on-map = روی نقشه
graph-path-as-graph = به‌صورت گراف
graph-path-map-loading = نقشهٔ زنجیره از { $from } تا { $to } (در حال بارگذاری)
graph-path-map-label = نقشهٔ زنجیره از { $from } تا { $to }: { $count } شهر
graph-path-fit = نمای زنجیره
graph-path-no-map = نقشه در اینجا رسم نشد؛ زنجیره در فهرست بالا آمده است.
graph-path-placing = در حال جای‌گذاری شهرها…
graph-path-no-coordinates = نقشه‌ای نیست: شهرهای زنجیره مختصات ندارند.
graph-path-map-note = { $count } شهر از زنجیره روی نقشه. برای دیدن نام هر شهر، نشانگر را روی آن ببرید؛ با کلیک یا کلید Enter صفحهٔ آن را باز کنید.
graph-path-map-note-missing = { $count } شهر از زنجیره روی نقشه؛ { $missing } شهر مختصات ندارد. برای دیدن نام هر شهر، نشانگر را روی آن ببرید؛ با کلیک یا کلید Enter صفحهٔ آن را باز کنید.
# a city on the map: its place in the chain ($n), name and country
graph-path-point = { $n }. { $name } ({ $country })
graph-path-point-start = { $n }. { $name } ({ $country })، آغاز
graph-path-point-end = { $n }. { $name } ({ $country })، پایان
graph-path-two-cities = دو شهر
graph-path-on-the-way = شهری در میانهٔ راه
graph-path-city = شهر
graph-path-network = شبکه
graph-path-partnership = همکاری
graph-path-shared-network = شبکهٔ مشترک
graph-path-membership = عضویت
# $cities: the cities' names, in the chain's order, joined by graph-path-then
graph-path-drawing = نمودار زنجیره از { $from } تا { $to }: { $cities }. فهرست بالا همین را می‌گوید.
graph-path-then = ، سپس
graph-path-no-drawing = فهرست بالا همین شهرها و شبکه‌ها را نام می‌برد.
