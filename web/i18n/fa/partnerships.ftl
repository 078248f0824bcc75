# partnerships: messages of this area (see web/js/i18n.js)

## The list (#/partnerships)
partnerships-title = همکاری‌ها
partnerships-any-health = هر وضعیت سلامت
partnerships-any-status = هر وضعیت
partnerships-any-kind = هر نوع
partnerships-any-country = هر کشور
partnerships-filter-label = پالایش همکاری‌ها
partnerships-name-or-note = نام یا یادداشت
partnerships-country = کشور یکی از طرفین
partnerships-filter = پالایش
partnerships-found = همکاری‌های یافت‌شده
# $dormant is partnerships-lead-dormant, in bold
partnerships-lead = پیمان‌های خواهرخواندگی، شهرهای خواهرخوانده، دوستی و همکاری. همکاری وقتی { $dormant } است که چند سال برای آن چیزی (فعالیت یا امضا) ثبت نشده باشد: شاید رو به خاموشی باشد.
partnerships-lead-dormant = راکد
# $city is a link to the city
partnerships-only-city = فقط همکاری‌های { $city }.
partnerships-only-city-id = فقط همکاری‌های شهر { $id }.
partnerships-show-all-cities = نمایش همهٔ شهرها
partnerships-col-party-a = طرف الف
partnerships-col-party-b = طرف ب
partnerships-col-kind = نوع
partnerships-col-status = وضعیت
partnerships-col-signed = تاریخ امضا
partnerships-col-health = سلامت
partnerships-count = { $count } همکاری
partnerships-none = هیچ همکاری‌ای با این پالایه‌ها نمی‌خواند.
partnerships-countries-error = فهرست کشورها بارگیری نشد: { $error }
partnerships-kind-not-known = نوع نامعلوم

## One partnership (#/partnership/ID)
partnerships-kind-not-recorded = پیمانی از نوعی ثبت‌نشده
# "Twinning, signed." $kind and $status are the API's words
partnerships-lead-kind-status = { $kind }، { $status }.
partnerships-not-known = نامعلوم
partnerships-edit = ویرایش
partnerships-delete = حذف
partnerships-actions-label = کارهایی که می‌توانید انجام دهید
# $step: the step, as the API names it ("sign")
partnerships-step-not-done = همکاری تغییر نکرد ({ $step })
partnerships-step-done = { $step }: انجام شد. وضعیت همکاری اکنون { $status } است.
# $name: "Reggio Emilia – Kraków"
partnerships-delete-title = همکاری { $name } حذف شود؟
partnerships-delete-text = دیگر در فهرست‌ها نمی‌آید و در پیشنهاد شریک‌ها و گراف به حساب نمی‌آید. فعالیت‌های آن بدون آن باقی می‌مانند.
partnerships-delete-yes = حذف همکاری
partnerships-deleting = در حال حذف…
partnerships-deleted = همکاری { $name } حذف شد.
partnerships-delete-error = همکاری حذف نشد: { $error }
partnerships-activities = فعالیت‌ها ({ $count })
partnerships-add-activity = افزودن فعالیت
partnerships-no-activity = هیچ فعالیتی ذیل این همکاری ثبت نشده است.
partnerships-all-activities = همهٔ { $count } فعالیت

## Add or change a partnership
partnerships-form-add-title = افزودن همکاری
partnerships-form-change-title = ویرایش همکاری
# said after "Sign in to"
partnerships-form-sign-in-add = افزودن همکاری
partnerships-form-sign-in-change = ویرایش همکاری
partnerships-form-not-allowed = حساب شما اجازهٔ ویرایش این همکاری را ندارد: این کار با کارشناسان روابط بین‌الملل شهرهای آن یا مدیر است.
partnerships-form-back = بازگشت به همکاری
partnerships-form-parties = طرفین
partnerships-form-agreement = پیمان
partnerships-form-source-note = منبع و یادداشت
partnerships-form-save = ذخیرهٔ تغییرات
partnerships-form-add = افزودن همکاری
partnerships-form-not-saved = همکاری ذخیره نشد
partnerships-form-not-added = همکاری افزوده نشد
partnerships-form-saved = تغییرات ذخیره شد.
partnerships-form-added = همکاری افزوده شد.
partnerships-form-lead-change = آنچه ثبت شده را تغییر دهید. مراحل عمر آن (امضا، پایان…) در صفحهٔ خودش دکمه‌های جداگانه دارند که تاریخ آن‌ها را ثبت می‌کنند.
partnerships-form-lead-add = یک پیمان خواهرخواندگی، شهرهای خواهرخوانده، دوستی یا همکاری ثبت کنید. پر کردن فیلدهای الزامی ضروری است.
