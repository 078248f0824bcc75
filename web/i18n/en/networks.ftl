# networks: messages of this area (see web/js/i18n.js)

## The list of networks (views/networks.js)
networks-title = Networks
networks-lead = Networks and associations of cities, with their members, thematic groups and offices.
networks-search-label = Search networks
networks-name = Name
networks-search = Search
networks-found = Networks found
networks-count = { $count ->
    [one] { $count } network
   *[other] { $count } networks
}
networks-none = No network matches.
networks-founded = founded { $year }
networks-current-members = { $count ->
    [one] { $count } current member
   *[other] { $count } current members
}
networks-secretariat-inline = secretariat:

## A network's page (views/network.js)
networks-loading = Loading…
networks-kind = Kind
networks-founded-label = Founded
networks-secretariat = Secretariat
networks-current-members-label = Current members
networks-website = Website
networks-not-known = not known
networks-offices-heading = Regional offices ({ $count })
networks-none-recorded = None recorded.
networks-city-id = City { $id }
networks-members = Members
networks-former-members = Former members
networks-all = All
networks-filter-members = Filter members
networks-filter-members-by-name = Filter members by name
networks-show = Show
networks-col-member = Member
networks-organisation = organisation
networks-col-country = Country
networks-col-role = Role
networks-col-joined = Joined
networks-col-left = Left
networks-year-not-known = year not known
networks-still-member = still a member
networks-members-count = { $count ->
    [one] { $count } member
   *[other] { $count } members
}
networks-no-member-matches = No member matches.
networks-members-caption = Members of { $network }

## The map of a network's member cities
networks-map-loading = Map of the member cities of { $network } (loading)
networks-map-failed = The map could not be drawn here; the members are listed below.
networks-map-placing = Placing the member cities… { $done } of { $total }
networks-map-label = { $count ->
    [one] Map of { $count } member city of { $network }
   *[other] Map of { $count } member cities of { $network }
}
networks-map-label-incomplete = { $count ->
    [one] Map of { $count } member city of { $network } (incomplete)
   *[other] Map of { $count } member cities of { $network } (incomplete)
}
networks-map-none = { $count ->
    [one] No map: none of the { $count } member is a city with coordinates.
   *[other] No map: none of the { $count } members is a city with coordinates.
}
networks-map-shown = { $count ->
    [one] { $count } member city on the map.
   *[other] { $count } member cities on the map.
}
networks-map-off = { $count ->
    [one] { $count } member is not on the map: without coordinates, or not a city.
   *[other] { $count } members are not on the map: without coordinates, or not a city.
}
networks-map-capped = The map stops after { $max } cities.
networks-map-also-listed = The members are also listed below.
networks-map-incomplete = { $count ->
    [one] { $count } member city on the map; the rest could not be loaded ({ $error }). The members are listed below.
   *[other] { $count } member cities on the map; the rest could not be loaded ({ $error }). The members are listed below.
}
networks-map-legend = Member city (opens its page)

## Thematic groups on a network's page
networks-groups = Thematic groups
networks-groups-heading = Thematic groups ({ $count })
networks-groups-loading = Loading the groups…
networks-groups-lead = Member cities working together on one theme. A city joins the groups of the networks it is a current member of.
networks-groups-failed = The groups could not be loaded: { $error }
networks-saving = Saving…
# $what: one of the "… not …" messages below
networks-failed-because = { $what }: { $error }
networks-group-add = Add a group
networks-group-join = Join
networks-group-join-label = Join the group { $group }
networks-group-joined = Your city joined the group { $group }.
networks-group-not-joined = Your city did not join { $group }
networks-group-leave = Leave
networks-group-leave-label = Leave the group { $group }
networks-group-left = Your city left the group { $group }.
networks-group-not-left = Your city did not leave { $group }
networks-group-edit = Edit
networks-group-edit-label = Edit the group { $group }
networks-group-reopen = Reopen
networks-group-reopen-label = Reopen the group { $group }
networks-group-reopened = The group { $group } is open again: cities may join it.
networks-group-not-reopened = The group { $group } was not reopened
networks-group-close = Close
networks-group-close-label = Close the group { $group }
networks-group-closed = The group { $group } is closed: it keeps its cities and takes no new ones.
networks-group-not-closed = The group { $group } was not closed
networks-group-delete = Delete
networks-group-delete-label = Delete the group { $group }
networks-group-deleted = Deleted the group { $group }.
networks-group-not-deleted = The group { $group } was not deleted
networks-group-count = { $count ->
    [one] { $count } member city:
   *[other] { $count } member cities:
}
networks-group-members-label = Member cities of { $group }
networks-group-remove = Remove
networks-group-remove-label = Remove { $city } from the group { $group }
networks-group-removed = { $city } is no longer in the group { $group }.
networks-group-not-removed = { $city } was not taken out of { $group }
networks-group-no-member = No member city yet.
networks-group-name-hint = No two groups of { $network } share a name.
networks-group-status = Status
networks-group-status-hint = A closed group keeps its cities and takes no new ones.
networks-group-description = What the group works on
networks-optional = Optional.
networks-group-save = Save the group
networks-group-add-submit = Add the group
networks-cancel = Cancel
networks-group-new = A new group of { $network }
networks-group-not-saved = The group was not saved
networks-group-not-added = The group was not added
networks-group-name-missing = Give the group a name.
networks-group-not-saved-name = The group was not saved. Name: give the group a name.
networks-group-not-added-name = The group was not added. Name: give the group a name.
networks-group-saved = Saved the group { $group }.
networks-group-added = Added the group { $group }.
networks-group-delete-yes = Delete the group
networks-group-delete-title = Delete the group { $group }?
networks-group-delete-text = { $count ->
    [one] Its { $count } member city will no longer be in it. This cannot be undone.
   *[other] Its { $count } member cities will no longer be in it. This cannot be undone.
}
networks-cannot-be-undone = This cannot be undone.

## Memberships: a city's networks, a network's members (views/members.js)
networks-city-heading = Networks ({ $count })
networks-city-none = Not a member of any recorded network.
networks-city-since = since { $year }
networks-city-left-in = left { $year }
networks-former-member = former member
networks-change = Change
networks-change-role = Change role
networks-change-role-in = Change role in { $network }
networks-change-role-of = Change role of { $member }
networks-role-of = The role of { $member } in { $network }
networks-role-save = Save the role
networks-role-not-saved = The role was not saved
networks-role-saved = The role of { $member } in { $network } is saved.
# $role: the new role, as the registry words it
networks-role-now = { $member }: { $role } of { $network } now.
networks-leave = Leave
networks-leave-label = Leave { $network }
networks-not-left = { $city } has not left { $network }
networks-left = { $city } left { $network }: a former member now.
networks-left-in = { $city } left { $network } in { $year }: a former member now.
networks-record-joining = Record joining a network
networks-joins-heading = { $city } joins a network
networks-record-membership = Record the membership
networks-membership-not-recorded = The membership was not recorded
networks-membership-recorded = { $city } is recorded as a member of { $network }.
networks-member-id = member { $id }
networks-end-membership = End membership
networks-end-membership-of = End membership of { $member }
networks-end-the-membership = End the membership
networks-membership-not-ended = The membership of { $member } was not ended
networks-former-now = { $member } is a former member of { $network } now.
networks-former-now-left-in = { $member } is a former member of { $network } now (left in { $year }).
networks-add-member = Add a member
networks-add-member-to = Add a member to { $network }
networks-add-the-member = Add the member
networks-member-not-added = The member was not added
networks-member-now = { $member } is a member of { $network } now.
networks-calendar = Calendar
networks-calendar-link = Its activities, to subscribe to (iCalendar)
networks-group-calendar = The calendar of { $group } (iCalendar)

## thematic groups proposed by member cities
networks-group-propose = Propose a thematic group
networks-group-propose-hint = Your city proposes it and is its first member; the network’s secretariat approves it.
networks-group-proposed-by = Proposed by { $city }
networks-group-approve = Approve
networks-group-approve-label = Approve the group { $group }
networks-group-approved = The group { $group } is approved.
networks-group-not-approved = The group { $group } was not approved

## a thematic group's page
networks-group-page-events = Events
networks-group-page-no-events = No event of this group yet.
networks-group-page-practices = Practices
networks-group-page-no-practices = No published practice is tagged to this group yet.
networks-group-page-members = Member cities
networks-group-page-of = A thematic group of { $network }
networks-group-page-new-event = Add an event to this group
networks-group-page-not-found = There is no thematic group { $id }.
networks-group-page-calendar = Month and agenda
