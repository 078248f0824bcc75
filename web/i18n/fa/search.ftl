# search: the search page, the header's search box and the type-aheads
# (see web/js/i18n.js)

## the header's search box and every type-ahead

search-placeholder = جست‌وجو…
search-site = سایت
search-registry = جست‌وجو در دفتر ثبت
search-box-hint = شهرها، شبکه‌ها، سازمان‌ها و تجربه‌ها، بر پایهٔ آغاز واژه‌های نامشان
search-button = جست‌وجو
search-suggestions-label = پیشنهادها
# $q: what was typed
search-all-results = همهٔ نتایج برای «{ $q }»
search-no-match-again = موردی برای «{ $q }» یافت نشد: جست‌وجوی دوباره
search-suggestions = { $count } پیشنهاد؛ با کلیدهای جهت‌نمای بالا و پایین انتخاب کنید
# the headings of the groups of hits
search-group-city = شهرها
search-group-network = شبکه‌ها
search-group-organisation = سازمان‌ها
search-group-practice = تجربه‌ها
search-no-match = موردی یافت نشد
search-failed = جست‌وجو ناموفق بود: { $message }
# $label: the field's label
search-list-label = { $label }: پیشنهادها
search-chosen = انتخاب‌شده
# $label: "Chosen city", "From"...; $item: the record chosen
search-chosen-item = { $label }: { $item }
# $name: a record's name
search-remove = حذف { $name }
search-removed = { $name } حذف شد
search-added = { $name } افزوده شد

## the search page

search-title = جست‌وجو
search-title-for = جست‌وجو: { $q }
search-words = واژه‌ها
search-words-hint = آغاز واژه‌های یک نام، به هر خطی: «reg em»، «köln»، «москва»
search-lead = شهرها، شبکه‌ها، سازمان‌ها و تجربه‌های خوب، بر پایهٔ آغاز واژه‌های نامشان.
search-searching = در حال جست‌وجو…
# $list: "3 cities, 1 network"
search-found = یافته‌ها: { $list }.
# how many of a kind were found; $more: "yes" when there are more
search-found-city = { $more ->
    [yes] { $count }+ شهر
   *[no] { $count } شهر
}
search-found-network = { $more ->
    [yes] { $count }+ شبکه
   *[no] { $count } شبکه
}
search-found-organisation = { $more ->
    [yes] { $count }+ سازمان
   *[no] { $count } سازمان
}
search-found-practice = { $more ->
    [yes] { $count }+ تجربه
   *[no] { $count } تجربه
}
search-nothing-for = چیزی برای «{ $q }» یافت نشد.
search-more-city = نمایش شهرهای بیشتر
search-more-network = نمایش شبکه‌های بیشتر
search-more-organisation = نمایش سازمان‌های بیشتر
search-more-practice = نمایش تجربه‌های بیشتر
# a kind of record the page has no words for; $label: its name from the server
search-more = نمایش بیشتر: { $label }
search-all-cities = همهٔ شهرهای مطابق با این جست‌وجو
search-search-failed = جست‌وجو ناموفق بود: { $message }
