/* am_topic: the one controlled vocabulary of topics (ICC good-practice
 * topics, WeGO thematic areas, UN SDGs), shared by every kind of record. */
#ifndef AM_TOPIC_H
#define AM_TOPIC_H

#include "am_resource.h"

extern const struct am_resource am_topic_resource;

/* Insert the built-in vocabulary (data/topics.json); existing ids are kept. */
enum am_rc am_topic_load(struct am_db *db, int64_t *added, struct am_err *err);

/* The topics array for use in other schemas: a list of topic keys. */
extern const struct am_field am_topic_item;

#endif
