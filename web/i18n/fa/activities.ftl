# activities: messages of this area (see web/js/i18n.js)

## An activity in a list
activities-date-not-known = تاریخ نامعلوم
# $city: the host city (a link)
activities-hosted-by = به میزبانی { $city }
# $list: the cities and organisations
activities-with = با { $list }
activities-topics = موضوع‌ها

## The list (#/activities)
activities-title = فعالیت‌ها
activities-only-of = فقط فعالیت‌های
activities-city-hint = به میزبانی شهر یا با مشارکت آن.
activities-any-network = هر شبکه
activities-any-kind = هر نوع
activities-filter-label = پالایش فعالیت‌ها
activities-programme-hint = همان‌طور که نوشته شده، مثلاً URBACT
activities-year = سال
activities-year-hint = سال آغاز آن
activities-filter = پالایش
activities-upcoming = پیش رو و در جریان
activities-past = گذشته
activities-lead = سفرهای هیئت‌ها و بازدیدهای مطالعاتی، همایش‌ها، کارگاه‌ها، پروژه‌های مشترک و تبادل‌ها میان شهرها.
activities-add = افزودن فعالیت
# $partnership: a link to the partnership
activities-only-partnership = فقط فعالیت‌های همکاری { $partnership }.
activities-only-partnership-id = فقط فعالیت‌های همکاری { $id }.
activities-show-all = نمایش همه
activities-year-over = هیچ: سال { $year } به پایان رسیده است.
activities-no-upcoming = هیچ فعالیت پیش رویی با این پالایه‌ها نمی‌خواند.
activities-past-count = { $count } فعالیت گذشته
activities-no-past = هیچ فعالیت گذشته‌ای با این پالایه‌ها نمی‌خواند.
activities-error = فعالیت‌ها بارگیری نشدند: { $error }

## One activity (#/activity/ID)
activities-not-known = نامعلوم
activities-edit = ویرایش
activities-delete = حذف
activities-delete-title = فعالیت «{ $title }» حذف شود؟
activities-delete-text = دیگر در فهرست‌ها نمی‌آید و در سلامت همکاری‌اش به حساب نمی‌آید.
activities-delete-yes = حذف فعالیت
activities-deleting = در حال حذف…
activities-deleted = فعالیت «{ $title }» حذف شد.
activities-delete-error = فعالیت حذف نشد: { $error }

## Add or change an activity
# a partnership to choose: "Kraków: Twinning (signed)"
activities-form-partnership-choice = { $partner }: { $kind } ({ $status })
activities-form-agreement = پیمان
activities-form-add-title = افزودن فعالیت
activities-form-change-title = ویرایش فعالیت
# said after "Sign in to"
activities-form-sign-in-add = افزودن فعالیت
activities-form-sign-in-change = ویرایش فعالیت
activities-form-not-allowed = حساب شما اجازهٔ ویرایش این فعالیت را ندارد: این کار با کارشناسان روابط بین‌الملل شهرهای آن، دبیرخانهٔ شبکهٔ آن یا مدیر است.
activities-form-back = بازگشت به فعالیت
activities-form-what-when = چه و چه زمانی
activities-form-who = چه کسانی
activities-form-details = جزئیات
activities-form-save = ذخیرهٔ تغییرات
activities-form-add = افزودن فعالیت
activities-form-not-saved = فعالیت ذخیره نشد
activities-form-not-added = فعالیت افزوده نشد
activities-form-saved = تغییرات ذخیره شد.
activities-form-added = فعالیت افزوده شد.
activities-form-lead = یک بازدید، همایش، پروژه یا تبادل میان شهرها. پر کردن فیلدهای الزامی ضروری است.
activities-comma = {"، "}
# an activity people attend: its time, place, places and delegates
activities-form-event = رویدادی با حضور شرکت‌کنندگان
activities-form-event-hint = برای کارگاه، بازدید یا نشستی با زمان و ظرفیت مشخص: زمان‌ها به وقت منطقهٔ زمانی رویداد خوانده می‌شوند، و شهرها تا زمانی که ثبت‌نام باز است نمایندگان خود را ثبت‌نام می‌کنند.
activities-event-heading = رویداد
# "10 May 2027, 09:00 (Asia/Tehran)"
activities-event-time = { $date }، ساعت { $time } ({ $zone })
activities-event-starts = آغاز
activities-event-ends = پایان
activities-event-venue = محل برگزاری
activities-event-online = برخط
activities-event-places = ظرفیت
activities-event-places-taken = { $taken } جا از { $capacity } جا پر شده است، { $waiting } نفر در فهرست انتظار
activities-event-places-open = { $taken } نفر ثبت‌نام‌شده، بدون محدودیت ظرفیت
activities-event-registration = ثبت‌نام
activities-event-open = باز
activities-event-open-until = باز تا { $date }
activities-event-closed = بسته
activities-event-feeds = اشتراک در تقویم:
activities-event-feed-of = تقویم { $name }
activities-event-delegates = نمایندگان
activities-event-col-delegate = نماینده
activities-event-col-city = شهر
activities-event-col-status = وضعیت
activities-event-col-attended = حضور
activities-event-col-actions = تغییر
activities-event-attended-of = حضور { $name }
activities-event-attendance-saved = وضعیت حضور ذخیره شد.
activities-event-yes = بله
activities-event-cancel = لغو ثبت‌نام
activities-event-cancelled = ثبت‌نام لغو شد.
activities-event-register = ثبت‌نام نماینده
activities-event-by-name = با نام، فقط برای این رویداد
activities-event-person = شخصی که اطلاعاتش نزد دفتر شما نگهداری می‌شود
activities-event-name = نام نماینده
activities-event-name-hint = این نام تنها برای این رویداد و مطابق اطلاعیهٔ حریم خصوصی آن نگهداری می‌شود.
activities-event-confirmed = نماینده ثبت‌نام شد.
activities-event-waitlisted = ظرفیت تکمیل است: نماینده با شمارهٔ { $place } در فهرست انتظار قرار گرفت.
activities-event-not-registered = نماینده ثبت‌نام نشد: { $error }
activities-event-private = نشانی تقویم خصوصی من
activities-event-private-address = نشانی تقویم خصوصی شما
activities-event-private-made = نشانی خصوصی تازه: آن را نزد خود نگه دارید؛ درخواست دوباره جایگزینش می‌کند.

## travel and subsistence support for delegates
activities-travel-heading = کمک‌هزینهٔ سفر و اقامت
activities-travel-lead = دفتر شهر نماینده آن را درخواست می‌کند و دبیرخانهٔ شبکهٔ برگزارکننده دربارهٔ آن تصمیم می‌گیرد. مبلغ‌ها به ارز خودشان می‌مانند: هیچ مبلغی تبدیل نمی‌شود.
activities-travel-requests = درخواست‌های کمک‌هزینهٔ سفر
activities-travel-budget = بودجهٔ مصرف‌شده، به تفکیک ارز
activities-travel-col-covers = شامل
activities-travel-col-asked = درخواست‌شده
activities-travel-col-granted = پذیرفته‌شده
activities-travel-col-pending = هنوز تصمیم‌گیری نشده
activities-travel-col-currency = ارز
activities-travel-col-note = یادداشت
activities-travel-grant = پذیرفتن
activities-travel-refuse = رد کردن
activities-travel-decide = تصمیم‌گیری
activities-travel-decided = تصمیم ثبت شد.
activities-travel-not-decided = تصمیم ثبت نشد
activities-travel-withdraw = پس گرفتن
activities-travel-withdrawn = درخواست پس گرفته شد.
activities-travel-ask = درخواست کمک‌هزینهٔ سفر
activities-travel-amount = مبلغ
activities-travel-currency-choose = انتخاب ارز
activities-travel-currency-hint = ارزی که هزینه‌ها به آن است (ISO 4217).
activities-travel-asked = درخواست برای برگزارکنندگان فرستاده شد.
activities-travel-not-asked = درخواست فرستاده نشد: { $error }
activities-calendar-link = رویدادها به‌صورت ماهانه و فهرست روزبه‌روز
activities-event-privacy = نام‌هایی که اینجا داده می‌شوند چگونه به کار می‌روند، نگه داشته و پاک می‌شوند
