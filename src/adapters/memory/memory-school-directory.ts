import type {
  ClassMember,
  Mentorship,
  PersonalConversation,
  SchoolClass,
  StaffMember,
} from "../../domain/school/school.js";
import type {
  ClassStore,
  ConversationStore,
  MemberStore,
  MentorshipStore,
  StaffStore,
} from "../../ports/school-directory.js";
import { keys } from "../azure-tables/keys.js";
import { MemoryTable } from "./memory-table.js";

/** In-memory ClassStore with the same keys and semantics as TableClassStore. */
export class MemoryClassStore implements ClassStore {
  private readonly table = new MemoryTable<SchoolClass>();

  async save(schoolClass: SchoolClass): Promise<void> {
    this.table.upsert(keys.classes(schoolClass.tenantId, schoolClass.classId), schoolClass);
  }
  async get(tenantId: string, classId: string): Promise<SchoolClass | undefined> {
    return this.table.get(keys.classes(tenantId, classId))?.value;
  }
  async findByTeamId(tenantId: string, teamId: string): Promise<SchoolClass | undefined> {
    return (await this.list(tenantId)).find((c) => c.teamId === teamId);
  }
  async list(tenantId: string): Promise<SchoolClass[]> {
    return this.table.list(keys.classes(tenantId, "").partitionKey);
  }
  async markUninstalled(tenantId: string, classId: string): Promise<void> {
    const row = this.table.get(keys.classes(tenantId, classId));
    if (row) this.table.upsert(keys.classes(tenantId, classId), { ...row.value, installed: false });
  }
}

/** In-memory MemberStore: class rows plus inverse user rows, like TableMemberStore. */
export class MemoryMemberStore implements MemberStore {
  private readonly table = new MemoryTable<ClassMember>();

  async replaceRoster(tenantId: string, classId: string, members: readonly ClassMember[]): Promise<void> {
    const staying = new Set(members.map((m) => m.userId));
    for (const old of await this.list(tenantId, classId)) {
      if (staying.has(old.userId)) continue;
      this.table.delete(keys.members(tenantId, classId, old.userId));
      this.table.delete(keys.membersByUser(tenantId, old.userId, classId));
    }
    for (const member of members) await this.upsert({ ...member, tenantId, classId });
  }
  async upsert(member: ClassMember): Promise<void> {
    this.table.upsert(keys.members(member.tenantId, member.classId, member.userId), member);
    this.table.upsert(keys.membersByUser(member.tenantId, member.userId, member.classId), member);
  }
  async list(tenantId: string, classId: string): Promise<ClassMember[]> {
    return this.table.list(keys.members(tenantId, classId, "").partitionKey);
  }
  async get(tenantId: string, classId: string, userId: string): Promise<ClassMember | undefined> {
    return this.table.get(keys.members(tenantId, classId, userId))?.value;
  }
  async classesOf(tenantId: string, userId: string): Promise<ClassMember[]> {
    return this.table.list(keys.membersByUser(tenantId, userId, "").partitionKey);
  }
}

/** In-memory MentorshipStore, readable from both sides. */
export class MemoryMentorshipStore implements MentorshipStore {
  private readonly table = new MemoryTable<Mentorship>();

  async save(m: Mentorship): Promise<void> {
    this.table.upsert(keys.mentorships(m.tenantId, m.mentorId, m.studentId), m);
    this.table.upsert(keys.mentorshipsByStudent(m.tenantId, m.studentId, m.mentorId), m);
  }
  async studentsOf(tenantId: string, mentorId: string): Promise<Mentorship[]> {
    return this.table.list(keys.mentorships(tenantId, mentorId, "").partitionKey);
  }
  async mentorsOf(tenantId: string, studentId: string): Promise<Mentorship[]> {
    return this.table.list(keys.mentorshipsByStudent(tenantId, studentId, "").partitionKey);
  }
}

/** In-memory StaffStore. */
export class MemoryStaffStore implements StaffStore {
  private readonly table = new MemoryTable<StaffMember>();

  async save(staff: StaffMember): Promise<void> {
    this.table.upsert(keys.staff(staff.tenantId, staff.userId), staff);
  }
  async get(tenantId: string, userId: string): Promise<StaffMember | undefined> {
    return this.table.get(keys.staff(tenantId, userId))?.value;
  }
  async list(tenantId: string): Promise<StaffMember[]> {
    return this.table.list(keys.staff(tenantId, "").partitionKey);
  }
}

/** In-memory ConversationStore. */
export class MemoryConversationStore implements ConversationStore {
  private readonly table = new MemoryTable<PersonalConversation>();

  async save(conversation: PersonalConversation): Promise<void> {
    this.table.upsert(keys.conversations(conversation.tenantId, conversation.userId), conversation);
  }
  async get(tenantId: string, userId: string): Promise<PersonalConversation | undefined> {
    return this.table.get(keys.conversations(tenantId, userId))?.value;
  }
  async markUninstalled(tenantId: string, userId: string): Promise<void> {
    const row = this.table.get(keys.conversations(tenantId, userId));
    if (row) this.table.upsert(keys.conversations(tenantId, userId), { ...row.value, installed: false });
  }
}
