/* bakery-selftest-view.c
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Self-Test view: predict the output, flashcards, the mock interview
 * and progress, one page each.
 */

#define G_LOG_DOMAIN "bakery-selftest-view"

#include "config.h"

#include "bakery-selftest-view.h"

struct _BakerySelftestView
{
  GtkWidget             parent_instance;

  /* Template widgets */
  GtkStack             *stack;
  BakeryQuizPage       *quiz_page;
  BakeryFlashcardsPage *flashcards_page;
  BakeryInterviewPage  *interview_page;
  BakeryProgressPage   *progress_page;
};

G_DEFINE_FINAL_TYPE (BakerySelftestView, bakery_selftest_view, GTK_TYPE_WIDGET)

GtkWidget *
bakery_selftest_view_new (void)
{
  return g_object_new (BAKERY_TYPE_SELFTEST_VIEW, NULL);
}

static void
bakery_selftest_view_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), BAKERY_TYPE_SELFTEST_VIEW);

  /* The template's root child has no id, so it is not disposed above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))))
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (bakery_selftest_view_parent_class)->dispose (object);
}

static void
bakery_selftest_view_class_init (BakerySelftestViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bakery_selftest_view_dispose;

  g_type_ensure (BAKERY_TYPE_FLASHCARDS_PAGE);
  g_type_ensure (BAKERY_TYPE_INTERVIEW_PAGE);
  g_type_ensure (BAKERY_TYPE_PROGRESS_PAGE);
  g_type_ensure (BAKERY_TYPE_QUIZ_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/bakery-selftest-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BakerySelftestView, flashcards_page);
  gtk_widget_class_bind_template_child (widget_class, BakerySelftestView, interview_page);
  gtk_widget_class_bind_template_child (widget_class, BakerySelftestView, progress_page);
  gtk_widget_class_bind_template_child (widget_class, BakerySelftestView, quiz_page);
  gtk_widget_class_bind_template_child (widget_class, BakerySelftestView, stack);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bakery_selftest_view_init (BakerySelftestView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
bakery_selftest_view_set_study (BakerySelftestView *self,
                                BakeryStudy        *study)
{
  g_return_if_fail (BAKERY_IS_SELFTEST_VIEW (self));

  bakery_quiz_page_set_study (self->quiz_page, study);
  bakery_flashcards_page_set_study (self->flashcards_page, study);
  bakery_interview_page_set_study (self->interview_page, study);
  bakery_progress_page_set_study (self->progress_page, study);
}

/**
 * bakery_selftest_view_get_page:
 *
 * Returns: "quiz", "flashcards", "interview" or "progress"
 */
const char *
bakery_selftest_view_get_page (BakerySelftestView *self)
{
  g_return_val_if_fail (BAKERY_IS_SELFTEST_VIEW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

void
bakery_selftest_view_set_page (BakerySelftestView *self,
                               const char         *page)
{
  g_return_if_fail (BAKERY_IS_SELFTEST_VIEW (self));

  gtk_stack_set_visible_child_name (self->stack, page);
}

BakeryQuizPage *
bakery_selftest_view_get_quiz_page (BakerySelftestView *self)
{
  g_return_val_if_fail (BAKERY_IS_SELFTEST_VIEW (self), NULL);

  return self->quiz_page;
}

BakeryFlashcardsPage *
bakery_selftest_view_get_flashcards_page (BakerySelftestView *self)
{
  g_return_val_if_fail (BAKERY_IS_SELFTEST_VIEW (self), NULL);

  return self->flashcards_page;
}

BakeryInterviewPage *
bakery_selftest_view_get_interview_page (BakerySelftestView *self)
{
  g_return_val_if_fail (BAKERY_IS_SELFTEST_VIEW (self), NULL);

  return self->interview_page;
}

BakeryProgressPage *
bakery_selftest_view_get_progress_page (BakerySelftestView *self)
{
  g_return_val_if_fail (BAKERY_IS_SELFTEST_VIEW (self), NULL);

  return self->progress_page;
}
