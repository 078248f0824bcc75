# forms: the forms' own words (web/js/forms.js, web/js/schema-form.js);
# their fields' labels come from the API (see web/js/i18n.js)

# $what: what the form does, after "Sign in to" ("add a partnership")
forms-sign-in-to = برای { $what } وارد شوید. برای خواندن دفتر ثبت به حساب کاربری نیازی نیست.
forms-topics = موضوع‌ها
forms-topics-hint = موضوع‌هایی را که این مورد به آن‌ها مربوط است علامت بزنید؛ برای دیدن موضوع‌های هر گروه، آن را باز کنید.
forms-topics-failed = موضوع‌ها بارگذاری نشدند ({ $message }).
forms-topics-chosen = ({ $count } انتخاب‌شده)
forms-date-hint = YYYY، YYYY-MM یا YYYY-MM-DD (تاریخ میلادی)
forms-from-to = از { $min } تا { $max }.
forms-choose = انتخاب کنید…
forms-choose-network = یک شبکه انتخاب کنید
forms-choose-country = یک کشور انتخاب کنید
forms-none = هیچ
forms-not-known = نامعلوم
# $title: the field's label
forms-choices-failed = گزینه‌های «{ $title }» بارگذاری نشدند: { $message }
forms-type-one = بخشی از نام را بنویسید و سپس از فهرست انتخاب کنید.
forms-type-each = بخشی از یک نام را بنویسید و از فهرست انتخاب کنید؛ برای هر مورد تکرار کنید.
# the chosen records of a field ($title: its label), e.g. "Organisations chosen"
forms-chosen-many = { $title }: انتخاب‌شده‌ها
# $title: the field's label, in lower case ("Chosen city")
forms-chosen-one = { $title } انتخاب‌شده
forms-pending-many = «{ $text }» را از فهرست انتخاب کنید یا متن را پاک کنید.
forms-pending-one = نامی را از فهرست انتخاب کنید یا این خانه را خالی کنید.
forms-save = ذخیره
forms-cancel = انصراف
forms-delete = حذف
forms-saving = در حال ذخیره…
forms-nothing-to-save = چیزی برای ذخیره نیست: هیچ خانه‌ای تغییر نکرده است.
# $action: the step, in lower case ("sign")
forms-step-not-done = انجام نشد ({ $action })
forms-no-schema = سند API شامل { $schema } نیست.
forms-yes = بله
forms-no = خیر
# the topic schemes, named in the forms' groups of topics
forms-scheme-icc = شهرهای میان‌فرهنگی
forms-scheme-wego = حوزه‌های موضوعی WeGO
forms-scheme-sdg = اهداف توسعهٔ پایدار سازمان ملل
forms-words-hint = آن‌ها را با ویرگول جدا کنید.
forms-item-n = { $title } { $n }
forms-add-item = افزودن: { $title }
forms-remove-item = برداشتن: { $title }
