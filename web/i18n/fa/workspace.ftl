# workspace: messages of this area (see web/js/i18n.js)
workspace-title = میز کار شما
# $user is the username (bold), $role the API's word for the role, $place a link to the city or network
workspace-signed-in-role-place = واردشده با نام { $user } ({ $role }، { $place }).
workspace-signed-in-role = واردشده با نام { $user } ({ $role }).
workspace-signed-in-place = واردشده با نام { $user } ({ $place }).
workspace-signed-in = واردشده با نام { $user }.
workspace-just-now = همین حالا

## What changed
workspace-changes-since = تغییرات از آخرین بازدید شما
workspace-changes-month = تغییرات ۳۰ روز گذشته
# $when: a date and time
workspace-last-visit = آخرین بازدید شما: { $when }.
workspace-first-visit = این نخستین بازدید شماست: این هم ماه گذشته.
workspace-nothing-changed = چیزی تغییر نکرده است.
workspace-show-all-changes = نمایش همهٔ { $count } تغییر
# a membership: "Reggio Emilia in ICC"
workspace-member-in = { $member } در { $network }
# a diaspora: "people from Morocco in Reggio Emilia"
workspace-people-from-in = مردمانی از { $from } در { $city }
workspace-people-from = مردمانی از { $from }
workspace-yes = بله
workspace-no = خیر
workspace-quoted = «{ $text }»
# $field is the API's label of a field, in lower case
workspace-field-changed-from = { $field } از { $before } به { $after } تغییر کرد
workspace-field-set = { $field }: { $value }
workspace-field-cleared = { $field } پاک شد (پیش‌تر { $before } بود)
workspace-field-changed = { $field } تغییر کرد
workspace-field-separator = {"؛ "}
workspace-fields-and-more = { $fields }؛ و { $count } مورد دیگر
workspace-change-added = افزوده شد
workspace-change-deleted = حذف شد
workspace-change-changed = تغییر کرد
workspace-by-you = به دست شما
# $who: the importer, the system…
workspace-by-the = به دست { $who }
workspace-by = به دست { $user }
# one change: "Partnership Reggio Emilia – Kraków: status changed from signed to ended"
workspace-change-what = { $kind } { $record }: { $what }
# …then who made it, and when ("2 days ago")
workspace-change = { $what }، { $who }، { $when }
workspace-change-nobody = { $what }، { $when }

## The city's partnerships
workspace-partnerships-of = همکاری‌های { $city }
workspace-partnerships-of-your-city = همکاری‌های شهر شما
workspace-no-partnership = هنوز هیچ همکاری‌ای ثبت نشده است.
workspace-record-partnership = ثبت همکاری
# $states: "1 dormant, 3 active"
workspace-partnerships-summary = { $count } همکاری: { $states }
# $state: the API's word for a health state
workspace-state-count = { $count } { $state }
# the partnerships in a health state, in the summary ("1 dormant")
workspace-health-count-active = { $count } فعال
workspace-health-count-dormant = { $count } راکد
workspace-health-count-unknown = { $count } با وضعیت نامعلوم
workspace-health-count-proposed = { $count } پیشنهادی
workspace-health-count-ended = { $count } پایان‌یافته
workspace-health-count-suspended = { $count } معلق
workspace-with = با { $name }
workspace-partnership-label = همکاری { $name }
workspace-show-all-partnerships = نمایش همهٔ { $count } همکاری
workspace-city-page = { $city }: شریک‌هایش روی نقشه، شبکه‌ها و فعالیت‌هایش

## Practices
# $when: "2 days ago"
workspace-changed-ago = تغییر: { $when }
workspace-review-comment = نظر بررسی:
workspace-review = تجربه‌های در انتظار بررسی شما
workspace-review-count = تجربه‌های در انتظار بررسی شما ({ $count })
workspace-review-none = هیچ تجربه‌ای در انتظار بررسی شما نیست.
workspace-review-all = همهٔ تجربه‌های در انتظار بررسی
workspace-drafts = پیش‌نویس‌ها و تجربه‌های بازگردانده
workspace-drafts-none = نه پیش‌نویسی هست و نه چیزی برای اصلاح بازگردانده شده است.
workspace-describe-practice = شرح یک تجربهٔ خوب

## The Intercultural Cities Index
workspace-index = شاخص شهرهای میان‌فرهنگی
# $round: a year
workspace-round = دورهٔ { $round }
workspace-questions-answered = پرسش‌های پاسخ‌داده‌شده
# $share: a percentage ("40%")
workspace-progress = { $answered } از { $questions } پرسش پاسخ داده شده ({ $share })
workspace-continue = ادامهٔ پرسشنامه
workspace-see-report = دیدن گزارش { $round }
# $rounds: the years, as links
workspace-earlier-rounds = دوره‌های پیشین: { $rounds }
workspace-index-none = { $city } هنوز به پرسشنامه پاسخ نداده است.
workspace-index-none-your-city = شهر شما هنوز به پرسشنامه پاسخ نداده است.
workspace-index-all = نتایج همهٔ شهرها

## Activities
workspace-date-not-known = تاریخ نامعلوم
workspace-activities = فعالیت‌ها
workspace-coming-up = پیش رو
workspace-nothing-planned = هیچ برنامه‌ای ثبت نشده است.
workspace-last-year = در یک سال گذشته
workspace-no-activity = در یک سال گذشته فعالیتی نبوده است.
workspace-record-activity = ثبت فعالیت

## A network's members
workspace-members-of = اعضای { $network }
workspace-members-of-your-network = اعضای شبکهٔ شما
workspace-newest-members = تازه‌ترین اعضا
# $year: the year it joined
workspace-since = از { $year }
workspace-all-members = همهٔ اعضای { $network }

## An administrator's
workspace-imports = درون‌بردها
workspace-imports-caption = آخرین درون‌بردها
workspace-imports-none = هنوز چیزی درون‌برد نشده است (amity import ... در خط فرمان).
workspace-accounts = حساب‌ها
workspace-city-id = شهر { $id }
workspace-network-id = شبکهٔ { $id }
workspace-accounts-caption = حساب‌ها
workspace-accounts-none = هیچ حسابی نیست.
workspace-accounts-hint = حساب‌ها در خط فرمان افزوده می‌شوند: amity user add NAME --role ROLE.

## A record's history (on the pages of partnerships and activities)
workspace-history-title = تاریخچه
workspace-history-none = هیچ تغییری ثبت نشده است.
workspace-history-added = افزوده شد
workspace-history-changed = تغییر کرد
workspace-history-deleted = حذف شد
# a step of the record's life: Step “Sign”
workspace-history-step = مرحلهٔ «{ $step }»
# $user: the username
workspace-history-by = به دست { $user }
# $date and $time: "2026-12-02" and "09:55", in UTC
workspace-history-when = { $date } { $time } UTC
workspace-history-changed-to = تغییر به
workspace-history-nothing = هیچ
workspace-history-yes = بله
workspace-history-no = خیر
# $id: the number of a record no longer there
workspace-history-gone = #{ $id } (دیگر ثبت نیست)
workspace-history-latest = آخرین { $shown } تغییر از { $count } تغییر.
workspace-history-error = تاریخچه بارگیری نشد ({ $error }).

## needs: the city's own, and its partner cities'
workspace-needs = نیازها
workspace-needs-partners = نیازهای باز شهرهای همکار ما
workspace-needs-partners-none = هیچ شهر همکاری نیاز بازی ندارد.
workspace-needs-own = نیازهای باز ما
workspace-needs-own-none = ما نیاز بازی نداریم.
workspace-needs-post = ثبت یک نیاز
workspace-needs-board = تابلوی نیازها
workspace-need-progress = { $met } برآورده، { $pledged } تعهدشده، از { $quantity }
workspace-needs-to-confirm = تحویل‌هایی که باید تأیید کنیم
workspace-needs-offers = پیشنهادهای دائمی ما
workspace-needs-offers-none = ما پیشنهاد دائمی بازی نداریم.
workspace-needs-pledges = تعهدهای ما
workspace-needs-pledges-none = هنوز تعهدی نداده‌ایم.
workspace-needs-offer = ثبت یک پیشنهاد
workspace-needs-offers-all = پیشنهادهای دائمی
