/**
 * A lease that at most one instance holds at a time (an Azure Blob lease in production, DESIGN §1): the scheduler
 * runs only while its instance holds it. A holder that stops renewing loses it when the lease expires.
 */
export interface LeaderLease {
  /** Takes the lease if it is free or already ours; true when we hold it afterwards. */
  acquire(): Promise<boolean>;
  /** Extends our lease; false when it was lost (expired and taken by another instance). */
  renew(): Promise<boolean>;
  /** Gives the lease up at once, so another instance can lead without waiting for expiry. */
  release(): Promise<void>;
}
