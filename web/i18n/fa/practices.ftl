# practices: messages of this area (see web/js/i18n.js)
# Names and words from the data are isolated (U+2068 … U+2069) so that Latin ones keep their order in right-to-left text.

## Shared by the library, a practice's page and the form (views/practices.js)
practices-title = تجربه‌های موفق
practices-loading = در حال بارگذاری…
practices-status-draft = پیش‌نویس
practices-status-submitted = در انتظار بررسی
practices-status-published = منتشرشده
practices-status-returned = بازگردانده برای اصلاح
practices-status-label = وضعیت:
practices-ongoing = ادامه دارد
practices-years-ongoing = { $start } تاکنون
practices-place = ⁨{ $city }⁩، ⁨{ $country }⁩
practices-place-unknown = مکان نامعلوم
practices-topics = موضوع‌ها
practices-network = شبکه
practices-organisations = سازمان‌ها
practices-language = زبان
practices-contact = تماس
practices-the-practice = تجربه
practices-review-comment = نظر بررسی‌کننده
practices-cancel = انصراف
practices-template-download = دریافت الگو (Markdown)
practices-template-failed = الگو بارگذاری نشد (⁨{ $error }⁩).

## The library (views/practices.js)
practices-lead = آنچه شهرها انجام داده‌اند، چرا، چگونه، و آنچه دیگران می‌توانند از آن بیاموزند: تجربه‌هایی که با یک الگوی واحد شرح داده شده‌اند و شبکه‌ای که به آن ارائه شده‌اند آن‌ها را بررسی می‌کند.
practices-submit = ثبت یک تجربه
practices-search-label = جست‌وجو در تجربه‌ها
practices-search-hint = همهٔ واژه‌ها باید پیدا شوند. «یک عبارت» در گیومه، پیشوند با * (integr*)، و OR میان گزینه‌ها.
practices-search = جست‌وجو
practices-show = نمایش
practices-show-published = منتشرشده‌ها
practices-show-submitted = در انتظار بررسی
practices-show-draft = پیش‌نویس‌ها
practices-show-returned = بازگردانده‌ها
practices-sort-by = مرتب‌سازی بر اساس
practices-sort-relevance = بیشترین ارتباط
practices-sort-year = جدیدترین‌ها نخست
practices-filters = پالایه‌ها
practices-filters-chosen = انتخاب شده
practices-filter = پالایش
practices-clear-all = پاک کردن همهٔ پالایه‌ها
practices-active-filters = پالایه‌های فعال
practices-found = تجربه‌های یافته‌شده
practices-count = { $count ->
   *[other] { $count } تجربه
}
practices-none = هیچ تجربه‌ای پیدا نشد.
practices-facet-count = { $count ->
   *[other] ، { $count } تجربه
}
practices-show-fewer = نمایش کمتر
practices-show-all = نمایش همه ({ $count })
practices-clear-facet = پاک کردن پالایهٔ «⁨{ $facet }⁩»
practices-clear = پاک کردن
practices-nothing-to-filter = چیزی برای پالایش نیست.
practices-chip = ⁨{ $facet }⁩: ⁨{ $value }⁩
practices-chip-remove = حذف پالایهٔ ⁨{ $facet }⁩: ⁨{ $value }⁩
practices-sign-in-for-unpublished = برای دیدن تجربه‌های منتشرنشده وارد شوید.

## A practice (views/practice.js)
practices-no-description = هنوز شرحی نوشته نشده است.
practices-published = تاریخ انتشار
practices-contact-hint = فقط برای شهر و دبیرخانه: هرگز منتشر نمی‌شود.
practices-about = دربارهٔ این تجربه
practices-similar = تجربه‌های مشابه
practices-history = تاریخچه
practices-shared-topics = موضوع‌های مشترک:
practices-no-similar = هنوز هیچ تجربهٔ منتشرشدهٔ دیگری با این تجربه موضوع مشترک ندارد.
practices-version = نسخهٔ { $version }
practices-action-created = ایجاد شد
practices-action-changed = تغییر کرد
practices-action-submitted = برای بررسی ارسال شد
practices-action-published = منتشر شد
practices-action-returned = برای اصلاح بازگردانده شد
practices-version-by = توسط ⁨{ $user }⁩
practices-note-draft-network = پیش‌نویس: فقط نویسنده، شهر او و دبیرخانهٔ ⁨{ $network }⁩ می‌توانند آن را ببینند.
practices-note-draft = پیش‌نویس: فقط نویسنده، شهر او و مدیران می‌توانند آن را ببینند.
practices-note-submitted-network = ارسال‌شده: در انتظار بررسی دبیرخانهٔ ⁨{ $network }⁩ است.
practices-note-submitted = ارسال‌شده: در انتظار بررسی مدیران است.
practices-note-returned = بازگردانده برای اصلاح: آن را ویرایش کنید و دوباره ارسال کنید.
practices-note-published = منتشرشده: همه می‌توانند آن را بخوانند.
practices-choose-network = هنگام ویرایش، شبکه‌ای انتخاب کنید تا دبیرخانهٔ آن بتواند تجربه را بررسی کند؛ بدون شبکه فقط مدیران می‌توانند.
practices-edit = ویرایش
practices-submit-for-review = ارسال برای بررسی
practices-submitted-for-review = برای بررسی ارسال شد.
practices-publish = انتشار
practices-published-done = منتشر شد.
practices-return = بازگرداندن با نظر
practices-step-failed = «⁨{ $step }⁩» انجام نشد
practices-return-what = چه چیزی باید تغییر کند؟
practices-return-hint = نویسنده این نظر را همراه تجربه می‌بیند.
practices-return-send = بازگرداندن به نویسنده
practices-return-empty = بنویسید نویسنده چه چیزی را باید تغییر دهد.
practices-return-empty-status = تجربه بازگردانده نشد: بنویسید نویسنده چه چیزی را باید تغییر دهد.
practices-returning = در حال بازگرداندن…
practices-returned-done = تجربه با نظر شما به نویسنده بازگردانده شد. وضعیت آن اکنون «⁨{ $status }⁩» است.
practices-not-returned = تجربه بازگردانده نشد

## The form (views/practice-form.js)
practices-form-edit-title = ویرایش تجربه
practices-form-new-title = شرح یک تجربهٔ موفق
practices-form-sign-in-edit = ویرایش یک تجربه
practices-form-sign-in-new = ثبت یک تجربه
practices-form-not-allowed = حساب شما اکنون نمی‌تواند این تجربه را تغییر دهد. نویسنده و شهر او تا وقتی تجربه پیش‌نویس یا بازگردانده است می‌توانند آن را تغییر دهند؛ دبیرخانهٔ شبکهٔ آن در هر زمان.
practices-form-back = بازگشت به تجربه
practices-form-title = عنوان
practices-form-title-hint = نامی کوتاه برای کاری که انجام شده است.
practices-form-choose-country = انتخاب کشور
practices-form-country = کشور
practices-form-country-hint = برای تجربه‌ای ملی یا منطقه‌ای، بدون شهر.
practices-form-city = شهر
practices-form-city-chosen = شهر انتخاب‌شده
practices-form-city-hint = بخشی از نام را بنویسید و از فهرست انتخاب کنید. برای تجربه‌ای ملی یا منطقه‌ای خالی بگذارید.
practices-form-countries-failed = فهرست کشورها بارگذاری نشد: ⁨{ $error }⁩
practices-form-none = هیچ
practices-form-network-hint = شبکه‌ای که تجربه به آن ارائه می‌شود: دبیرخانهٔ آن تجربه را بررسی و منتشر می‌کند.
practices-form-orgs-chosen = سازمان‌های انتخاب‌شده
practices-form-orgs-hint = سازمان‌های پشتیبان این تجربه: بخشی از نام را بنویسید و انتخاب کنید؛ برای هر کدام تکرار کنید.
practices-form-period-placeholder = مثلاً 2019 - ادامه دارد
practices-form-period = دوره
practices-form-period-hint = همان‌طور که خودتان می‌نویسید: 2019 - ادامه دارد، از 2014، 2015-2017. اگر سال‌ها را خالی بگذارید، از همین دوره خوانده می‌شوند.
practices-form-start = سال آغاز
practices-form-start-hint = YYYY، اگر دوره آن را نگوید
practices-form-end = سال پایان
practices-form-end-hint = YYYY
practices-form-ongoing = در جریان
practices-form-ongoing-hint = هنوز سال پایانی ندارد
practices-form-still-going = هنوز ادامه دارد
practices-form-not-stated = نامشخص
practices-form-language = زبان متن
practices-form-contact-name = نام
practices-form-contact-email = رایانامه
practices-form-save-changes = ذخیرهٔ تغییرات
practices-form-save-draft = ذخیره به‌عنوان پیش‌نویس
practices-form-where-who = کجا و چه کسانی
practices-form-description = شرح
practices-form-description-hint = بخش‌های الگو. آنچه را می‌دانید بنویسید؛ بخش‌های خالی کنار گذاشته می‌شوند. میان بندها یک سطر خالی بگذارید.
practices-form-contact-hint = فقط برای دبیرخانه: هرگز منتشر نمی‌شود.
practices-form-lead-edit = آنچه را نیاز به تغییر دارد تغییر دهید و ذخیره کنید.
practices-form-lead-new = کاری را که انجام شده با بخش‌های الگو شرح دهید. تجربه به‌صورت پیش‌نویس ذخیره می‌شود که فقط شما، شهرتان و دبیرخانهٔ شبکه آن را می‌بینید؛ سپس آن را برای بررسی ارسال کنید.
practices-form-template-offer = { $link } تا ابتدا آن را به‌صورت آفلاین بنویسید.
practices-form-city-from-list = شهر را از فهرست انتخاب کنید یا این بخش را خالی بگذارید.
practices-form-not-saved-because = تجربه ذخیره نشد: ⁨{ $reason }⁩
practices-form-saving = در حال ذخیره…
practices-form-years-read = سال‌های خوانده‌شده از دوره: ⁨{ $years }⁩.
practices-form-no-year-read = هیچ سالی از دوره خوانده نشد: هنگام ویرایش بعدی سال‌ها را وارد کنید.
practices-form-saved-changes = تغییرات ذخیره شد.
practices-form-saved-draft = به‌صورت پیش‌نویس ذخیره شد. هر وقت آماده بود، آن را برای بررسی ارسال کنید.
practices-form-not-saved = تجربه ذخیره نشد

## a thematic group a practice is tagged to
practices-form-group = گروه موضوعی
practices-form-group-hint = گروه موضوعی شبکه که تجربه به آن تعلق دارد: پس از انتشار، تجربه در صفحهٔ گروه فهرست می‌شود.
