/* bakery-run.h
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "js-trace.h"

G_BEGIN_DECLS

/* A recorded trace, shared by the run, its event list and whoever draws
 * it.  JsTrace has no reference count of its own.
 */
typedef struct _BakeryTrace BakeryTrace;

BakeryTrace *bakery_trace_new   (JsTrace     *trace);
BakeryTrace *bakery_trace_ref   (BakeryTrace *self);
void         bakery_trace_unref (BakeryTrace *self);
JsTrace     *bakery_trace_get   (BakeryTrace *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BakeryTrace, bakery_trace_unref)

#define BAKERY_TYPE_TRACE_EVENT (bakery_trace_event_get_type())

G_DECLARE_FINAL_TYPE (BakeryTraceEvent, bakery_trace_event, BAKERY, TRACE_EVENT, GObject)

guint64           bakery_trace_event_get_seq       (BakeryTraceEvent *self);
JsTraceEventKind  bakery_trace_event_get_kind      (BakeryTraceEvent *self);
double            bakery_trace_event_get_time      (BakeryTraceEvent *self);
const char       *bakery_trace_event_get_narration (BakeryTraceEvent *self);
const char       *bakery_trace_event_get_icon_name (BakeryTraceEvent *self);

#define BAKERY_TYPE_RUN (bakery_run_get_type())

G_DECLARE_FINAL_TYPE (BakeryRun, bakery_run, BAKERY, RUN, GObject)

BakeryRun     *bakery_run_new               (void);
void           bakery_run_start             (BakeryRun      *self,
                                             const char     *source,
                                             JsHostProfile   host,
                                             const char     *filename);
void           bakery_run_cancel            (BakeryRun      *self);
gboolean       bakery_run_get_running       (BakeryRun      *self);
BakeryTrace   *bakery_run_get_trace         (BakeryRun      *self);
GListModel    *bakery_run_get_events        (BakeryRun      *self);
JsHostProfile  bakery_run_get_host          (BakeryRun      *self);
const char    *bakery_run_get_source        (BakeryRun      *self);
JsRunStatus    bakery_run_get_status        (BakeryRun      *self);
const char    *bakery_run_get_error_message (BakeryRun      *self);
void           bakery_run_get_error_position (BakeryRun     *self,
                                              int           *line,
                                              int           *column);

JsTrace       *bakery_run_script            (const char     *source,
                                             JsHostProfile   host,
                                             const char     *filename,
                                             JsRunStatus    *status,
                                             char          **message,
                                             int            *line,
                                             int            *column);

const char    *bakery_run_translate         (const char     *msgid);
const char    *bakery_trace_event_kind_icon_name (JsTraceEventKind kind);

G_END_DECLS
