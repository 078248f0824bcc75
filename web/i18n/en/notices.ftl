## notifications (#/notifications) and the header's count
notices-title = Notifications
notices-link = Notifications
notices-link-label = { $count ->
    [0] Notifications: none unread
    [one] Notifications: one unread
   *[other] Notifications: { $count } unread
}
notices-sign-in = Sign in to read your notifications.
notices-lead = { $count ->
    [0] Nothing new: what happened to the records you look after is listed here.
    [one] One notification you have not read yet.
   *[other] { $count } notifications you have not read yet.
}
notices-none = No notification yet.
notices-unread = new
notices-read-all = Mark all as read
notices-all-read = All notifications are marked as read.
notices-topic-practice-submitted = Practice submitted for review
notices-topic-practice-returned = Practice returned with comments
notices-topic-practice-published = Practice published
notices-topic-registration-confirmed = Registration confirmed
notices-topic-registration-waitlisted = Registration on the waiting list
notices-topic-travel-requested = Travel support asked for
notices-topic-travel-decided = Travel support decided
notices-topic-partnership-dormant = Partnership turned dormant
notices-topic-membership-ending = Network membership ending
notices-topic-group-proposed = Thematic group proposed
notices-prefs = What you hear of
notices-prefs-lead = Choose, for each kind of news, whether it is listed here and whether it is sent to you by e-mail.
notices-prefs-no-mail = This amity sends no e-mail yet (an admin sets up the SMTP server): notifications are listed here.
notices-prefs-topics = Kinds of news
notices-col-topic = News
notices-col-in-app = In amity
notices-col-email = By e-mail
notices-in-app-of = { $topic }: list it in amity
notices-email-of = { $topic }: send it by e-mail
notices-email = Your e-mail address
notices-email-hint = Where the e-mails go. Leave it empty to receive none.
notices-language = Language of the e-mails
notices-language-default = English (default)
notices-language-hint = The e-mails are written in it.
notices-save = Save
notices-saved = Saved.
notices-not-saved = Not saved: { $error }
notices-mail = Sending e-mail
notices-mail-lead = The SMTP server amity sends notifications through. Without one, notifications stay in amity. Each message is kept until the server accepts it, retried with growing waits, and never sent twice.
notices-mail-not-saved = The e-mail settings were not saved
notices-mail-password-set = A password is set (it is never shown).
notices-mail-password-unset = No password is set.
notices-outbox = Outbox
notices-outbox-counts = Waiting: { $queued } · sent: { $sent } · given up: { $failed }
notices-col-subject = Subject
notices-col-status = State
notices-col-attempts = Attempts
notices-col-error = Last error
notices-topic-need-pledged = A need got a pledge
notices-topic-pledge-confirmed = A delivery was confirmed
