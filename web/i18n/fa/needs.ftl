## needs and offers between cities (#/needs, #/need/ID)
needs-title = نیازها و پیشنهادها
needs-lead = آنچه شهرها در بحران به آن نیاز دارند (تجهیزات، اسکان آوارگان، دانش تخصصی، تأمین مالی، آموزش، یک شهر همکار)، آنچه شهرهای دیگر تعهد کرده‌اند و آنچه رسیده است.
needs-filters = پالایش نیازها
needs-any = همه
needs-category = دسته
needs-country = کشور
needs-country-hint = دو حرف، مثلاً UA.
needs-urgency = فوریت
needs-status = وضعیت
needs-list = فهرست نیازها
needs-none = هیچ نیازی با این پالایه‌ها مطابقت ندارد.
needs-map-label = نقشهٔ شهرها همراه با { $count } نیاز نشان‌داده‌شده
needs-map-point = ⁨{ $city }⁩: ⁨{ $title }⁩ ({ $met } از { $quantity } برآورده‌شده)
needs-legend-urgent = فوریت بحرانی یا زیاد
needs-legend-other = نیازهای دیگر
needs-progress = { $met } برآورده، { $pledged } تعهدشده، از { $quantity }
needs-deadline = تا { $date }
needs-deadline-label = مهلت
needs-place = محل تحویل
needs-withdrawn-because = دلیل پس‌گرفتن
needs-post = ثبت یک نیاز
needs-post-lead = نیاز شهر شما، در یکی از دسته‌های amity و با واحدهای آن دسته. شهرهایی که ممکن است کمک کنند آن را در تابلوی نیازها و در میز کار خود می‌بینند.
needs-posted = نیاز ثبت شد.
needs-not-posted = نیاز ثبت نشد
needs-sign-in = ثبت نیاز شهرتان
needs-of-partners = نیازهای شهرهای همکار ما
needs-csv = نیازها به‌صورت CSV
needs-figures-networks = ارقام به تفکیک شبکه (CSV)
needs-figures-countries = ارقام به تفکیک کشور (CSV)
needs-geojson = روی نقشه (GeoJSON)
needs-not-found = نیاز { $id } وجود ندارد.
needs-pledges = تعهدها
needs-no-pledge = هنوز تعهدی ثبت نشده است.
needs-col-city = شهر
needs-col-quantity = مقدار
needs-col-status = وضعیت
needs-col-actions = اقدام‌ها
needs-pledge = ثبت تعهد
needs-pledge-quantity = چه مقدار (⁨{ $unit }⁩)
needs-pledge-remaining = { $count ->
    [0] همهٔ آن از پیش تعهد شده است.
   *[other] هنوز { $count } برای تعهد باقی مانده است.
}
needs-pledge-from-offer = این تعهد از پیشنهاد دائمی شماست.
needs-pledge-note = یادداشت
needs-pledged = تعهد ثبت شد؛ به شهر نیازمند اطلاع داده شد.
needs-not-pledged = تعهد ثبت نشد: ⁨{ $error }⁩
needs-pledge-confirm = تأیید تحویل
needs-pledge-cancel = لغو تعهد
needs-step-withdraw = پس گرفتن نیاز
needs-step-close = بستن نیاز
needs-step-done = انجام شد.
needs-step-not-done = انجام نشد
needs-matches = شهرهایی که احتمالاً کمک می‌کنند
needs-matches-lead = بهترین‌ها نخست، همراه با دلیل: پیشنهاد دائمی از این نوع، همکاری، تحویل پیشین، افراد شما که با آنجا پیوند دارند، شبکه‌های مشترک، فاصله، زبان مشترک.
needs-no-match = هنوز شهری یافت نشده است.
needs-comma = ، { "" }
needs-reason-offer = { $count } پیشنهاد دائمی از این نوع
needs-reason-partner = شهر همکار
needs-reason-partner-of-partner = همکار یکی از همکاران
needs-reason-helped-before = پیش‌تر { $count } بار تحویل داده است
needs-reason-network = با هم در { $count } شبکه عضوند
needs-reason-distance = در فاصلهٔ { $km } کیلومتری
needs-reason-people = { $count } نفر از افراد شما با آنجا پیوند دارند
needs-reason-language = زبان مشترک: { $language }
needs-offers = پیشنهادهای دائمی
needs-offers-lead = آنچه شهرها یا سازمان‌های آن‌ها می‌توانند پیش از درخواست کسی بدهند: تجهیزات، اسکان، دانش تخصصی، آموزش. هر پیشنهاد نیازهای بازی را که با آن جور است نشان می‌دهد.
needs-offers-filters = پالایش پیشنهادها
needs-offers-list = فهرست پیشنهادها
needs-offers-none = هیچ پیشنهادی با این پالایه‌ها جور نیست.
needs-offers-needs = تابلوی نیازها
needs-offers-csv = پیشنهادها به‌صورت CSV
needs-offer-make = ثبت یک پیشنهاد
needs-offer-post-lead = آنچه شهر شما یا سازمانی در آن می‌تواند بدهد، در یکی از دسته‌های amity و با واحدهای آن دسته، و در صورت وجود، زبانی که همراه آن است. شهرهای نیازمند شهر شما را در میان شهرهایی که ممکن است کمک کنند می‌بینند.
needs-offer-made = پیشنهاد ثبت شد.
needs-offer-not-made = پیشنهاد ثبت نشد
needs-offer-sign-in = ثبت پیشنهاد دائمی از سوی شهرتان
needs-offer-not-found = پیشنهاد { $id } وجود ندارد.
needs-offer-language = به زبان { $language }
needs-offer-language-label = زبان
needs-offer-language-hint = دو حرف، اگر با زبانی همراه است: uk برای کارشناسی که اوکراینی صحبت می‌کند.
needs-offer-organisation-hint = سازمانی در شهر شما که آن را می‌دهد، اگر خود شهر نیست.
needs-offer-organisation = سازمان
needs-offer-since = پیشنهادشده از
needs-offer-step-withdraw = پس گرفتن پیشنهاد
needs-offer-matches = نیازهای بازی که با آن جور است
needs-offer-matches-lead = فوری‌ترین‌ها نخست، سپس نیازهای شهرهای همکار و شهرهای نزدیک‌تر. برای تعهد، نیاز را باز کنید.
needs-offer-no-match = فعلاً هیچ نیاز بازی با آن جور نیست.
needs-category-generators = ژنراتورها
needs-category-vehicles = خودروها
needs-category-medical = تجهیزات پزشکی
needs-category-equipment-other = تجهیزات دیگر
needs-category-hosting = اسکان آوارگان
needs-category-expertise = دانش تخصصی
needs-category-funding = تأمین مالی
needs-category-training = آموزش
needs-category-partner-city = یک شهر همکار
needs-unit-generators = { $count ->
   *[other] ژنراتور
}
needs-unit-vehicles = { $count ->
   *[other] خودرو
}
needs-unit-items = { $count ->
   *[other] قلم
}
needs-unit-kits = { $count ->
   *[other] کیت
}
needs-unit-people = { $count ->
   *[other] نفر
}
needs-unit-families = { $count ->
   *[other] خانواده
}
needs-unit-experts = { $count ->
   *[other] متخصص
}
needs-unit-person-days = { $count ->
   *[other] نفر-روز
}
needs-unit-places = { $count ->
   *[other] جا
}
needs-unit-sessions = { $count ->
   *[other] جلسه
}
needs-unit-partnerships = { $count ->
   *[other] همکاری
}
