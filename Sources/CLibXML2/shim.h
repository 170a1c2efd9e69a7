#ifndef POLICYSCAN_CLIBXML2_SHIM_H
#define POLICYSCAN_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU, so <libxml/encoding.h> would pull in the system's ICU headers,
 * which clash with the copy Foundation ships (_FoundationICU) in any module that imports both.
 * Nothing here touches ICU converters (only pointers to encoding handlers are passed around),
 * so the ICU part of the headers is left out. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/entities.h>
#include <libxml/parserInternals.h>

/* Swift 6 rejects the mutable C global `xmlFree`; calling through a function keeps it usable. */
static inline void policyscan_xmlFree(void *ptr) { xmlFree(ptr); }

/* Refuses every external entity and DTD: no file is read and no network is touched. */
static inline xmlParserInputPtr policyscan_denyEntityLoader(const char *url, const char *id, xmlParserCtxtPtr ctxt) {
    (void)url; (void)id; (void)ctxt;
    return NULL;
}

static inline void policyscan_installDenyAllLoader(void) {
    xmlSetExternalEntityLoader(policyscan_denyEntityLoader);
}

/* Silences libxml2's default error printer, which writes to stderr. */
static inline void policyscan_silentError(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static inline void policyscan_silenceErrors(void) {
    xmlSetGenericErrorFunc(NULL, policyscan_silentError);
}

#endif
