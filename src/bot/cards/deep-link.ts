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
