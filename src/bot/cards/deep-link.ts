/** The personal tab's entityId in appPackage/manifest.json; the deep link below opens it. */
export const MY_STUDENTS_ENTITY_ID = "my-students";

/**
 * A Teams deep link that opens "My students" on one student: the tab reads `subEntityId` from its context.
 * Format: https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/deep-link-application
 */
export function myStudentsLink(teamsAppId: string, studentId: string): string {
  const context = encodeURIComponent(JSON.stringify({ subEntityId: studentId }));
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(teamsAppId)}/${MY_STUDENTS_ENTITY_ID}?context=${context}`;
}

/** The students' personal tab "My wellbeing" (appPackage/manifest.json staticTabs). */
export const MY_WELLBEING_ENTITY_ID = "my-wellbeing";

/** A Teams deep link to the student's own "My wellbeing" tab (same format as myStudentsLink). */
export function myWellbeingLink(teamsAppId: string): string {
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(teamsAppId)}/${MY_WELLBEING_ENTITY_ID}`;
}
