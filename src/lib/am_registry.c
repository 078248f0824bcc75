/* The record kinds amity knows, in the order of the API document: above
 * every domain module, so that the shared helpers (am_resource) include
 * none of them. */
#include "am_resource.h"

#include <string.h>

#include "am_activity.h"
#include "am_city.h"
#include "am_country.h"
#include "am_diaspora.h"
#include "am_person.h"
#include "am_opportunity.h"
#include "am_assignment.h"
#include "am_registration.h"
#include "am_travel.h"
#include "am_need.h"
#include "am_group.h"
#include "am_membership.h"
#include "am_network.h"
#include "am_organisation.h"
#include "am_partnership.h"
#include "am_practice.h"
#include "am_topic.h"

const struct am_resource *const am_resources[] = {
    &am_city_resource,        &am_country_resource,     &am_network_resource,
    &am_group_resource,       &am_group_member_resource,
    &am_membership_resource,  &am_partnership_resource, &am_activity_resource,
    &am_organisation_resource, &am_topic_resource,      &am_practice_resource,
    &am_diaspora_resource,    &am_person_resource,      &am_opportunity_resource,
    &am_assignment_resource,  &am_registration_resource, &am_travel_resource, &am_need_resource, &am_offer_resource, &am_pledge_resource, NULL,
};

const struct am_resource *am_resource_find(const char *name)
{
    for (const struct am_resource *const *r = am_resources; *r; r++)
        if (strcmp((*r)->name, name) == 0 || strcmp((*r)->singular, name) == 0)
            return *r;
    return NULL;
}
