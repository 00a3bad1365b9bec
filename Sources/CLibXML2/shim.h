#ifndef WERKZAAM_CLIBXML2_SHIM_H
#define WERKZAAM_CLIBXML2_SHIM_H

// Foundation bundles its own ICU; libxml2's ICU headers clash with it (DESIGN §9).
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <stddef.h>

/// xmlFree is a C global function pointer, which Swift 6 strict concurrency rejects; call it through here.
static inline void werkzaam_xml_free(void *pointer) { xmlFree(pointer); }

/// Swallows libxml2's diagnostics instead of printing them to stderr: malformed input is normal here.
static inline void werkzaam_xml_silent_error(void *context, const char *message, ...) { (void)context; (void)message; }
static inline void werkzaam_xml_silent_structured(void *context, xmlErrorPtr error) { (void)context; (void)error; }

/// Refuses every external entity or DTD: a corpus file must never make us read another file or the network.
static inline xmlParserInputPtr werkzaam_refuse_external(const char *url, const char *id, xmlParserCtxtPtr context) {
    (void)url; (void)id; (void)context;
    return NULL;
}

/// One-time global setup; call before parsing on several threads.
static inline void werkzaam_xml_setup(void) {
    xmlInitParser();
    xmlSetExternalEntityLoader(werkzaam_refuse_external);
    xmlSetGenericErrorFunc(NULL, werkzaam_xml_silent_error);
    xmlSetStructuredErrorFunc(NULL, werkzaam_xml_silent_structured);
}

/// Per-thread silence: libxml2 keeps error handlers in thread-local state.
static inline void werkzaam_xml_silence_thread(void) {
    xmlSetGenericErrorFunc(NULL, werkzaam_xml_silent_error);
    xmlSetStructuredErrorFunc(NULL, werkzaam_xml_silent_structured);
}

#endif
