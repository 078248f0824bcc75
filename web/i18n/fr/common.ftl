# common: messages of this area (see web/js/i18n.js)
