import { randomUUID } from "node:crypto";
import { BlobLeaseClient, BlobServiceClient, type BlockBlobClient } from "@azure/storage-blob";
import type { LeaderLease } from "../../ports/leader-lease.js";
import { parseStorageConnection } from "../azure-tables/storage-connection.js";

/** Blob leases last 15-60 s or forever (Lease Blob REST API); 30 s lets a successor lead within a minute. */
export const LEASE_SECONDS = 30;
const CONTAINER = "leases";

/**
 * LeaderLease on an Azure Blob lease (DESIGN §1: one scheduler leads at a time). Each instance proposes its own
 * lease id; the service grants the lease to one and answers 409 to the others until it expires or is released.
 */
export class BlobLeaderLease implements LeaderLease {
  private readonly leaseId = randomUUID();
  private readonly lease: BlobLeaseClient;
  private ready = false;

  constructor(
    private readonly blob: BlockBlobClient,
    private readonly seconds = LEASE_SECONDS,
  ) {
    this.lease = new BlobLeaseClient(blob, this.leaseId);
  }

  async acquire(): Promise<boolean> {
    await this.ensureBlob();
    try {
      await this.lease.acquireLease(this.seconds);
      return true;
    } catch (error) {
      if (statusOf(error) === 409) return false; // another instance holds it
      throw error;
    }
  }

  async renew(): Promise<boolean> {
    try {
      await this.lease.renewLease();
      return true;
    } catch (error) {
      // 409: the lease expired and another instance took it; 404: the blob is gone. Either way we no longer lead.
      if (statusOf(error) === 409 || statusOf(error) === 404) return false;
      throw error;
    }
  }

  async release(): Promise<void> {
    try {
      await this.lease.releaseLease();
    } catch {
      // not ours any more: nothing to give up
    }
  }

  private async ensureBlob(): Promise<void> {
    if (this.ready) return;
    try {
      await this.blob.upload("", 0, { conditions: { ifNoneMatch: "*" } });
    } catch (error) {
      // 409/412: it exists already (possibly leased by another instance), which is all we need
      if (statusOf(error) !== 409 && statusOf(error) !== 412) throw error;
    }
    this.ready = true;
  }
}

/** A lease named `name` in the account's `leases` container (created if missing). */
export async function createBlobLeaderLease(connection: string, name: string, seconds = LEASE_SECONDS) {
  const parsed = parseStorageConnection(connection);
  const service =
    parsed.kind === "accountUrl"
      ? new BlobServiceClient(parsed.tableUrl.replace(".table.", ".blob."), parsed.credential)
      : BlobServiceClient.fromConnectionString(parsed.connectionString);
  const container = service.getContainerClient(CONTAINER);
  await container.createIfNotExists();
  return new BlobLeaderLease(container.getBlockBlobClient(name), seconds);
}

function statusOf(error: unknown): number | undefined {
  return (error as { statusCode?: number }).statusCode;
}
