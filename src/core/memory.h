// Process memory settings for runs over millions of claims.
//
// Page faults on fresh memory are a large share of a run's time (more so under a hypervisor):
// the claim columns grow to gigabytes and every batch builds and frees its own tables.
// TuneAllocator keeps freed memory in the allocator instead of returning it to the kernel
// after each batch; AdviseHugePages asks for 2 MiB pages on one large array, 512x fewer
// faults (transparent huge pages in "madvise" mode, the Debian default). Both only change
// speed, never results, and are no-ops where unsupported.
#ifndef CLAIMDUP_CORE_MEMORY_H_
#define CLAIMDUP_CORE_MEMORY_H_

#include <cstddef>
#include <cstdint>

namespace claimdup {

// Call once at program start, before threads start.
void TuneAllocator();

// Gives the memory the allocator kept (see TuneAllocator) back to the kernel: called when
// a stage that freed much of it ends (the batches of ingest), before the next stage's peak.
void ReturnFreeMemory();

// Advises huge pages for the whole 2 MiB-aligned pages inside [data, data + bytes).
void AdviseHugePages(const void* data, size_t bytes);

// The same for a vector's reserved capacity.
template <typename Vector>
void AdviseHugePages(const Vector& v) {
  AdviseHugePages(v.data(), v.capacity() * sizeof(*v.data()));
}

// Peak resident memory of this process so far, in bytes (0 if unknown).
int64_t PeakRssBytes();

}  // namespace claimdup

#endif  // CLAIMDUP_CORE_MEMORY_H_
