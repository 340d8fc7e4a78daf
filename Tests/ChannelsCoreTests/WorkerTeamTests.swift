@testable import ChannelsCore
import Synchronization
import Testing

/// The team delta-stepping's epochs run on: every member runs, and a barrier shows each member what all
/// the others wrote before it (the epoch's contract).
struct WorkerTeamTests {
    @Test(arguments: [1, 2, 3, 8])
    func everyMemberRunsOnceWithItsOwnIndex(members: Int) {
        let seen = Atomic<Int>(0)
        let counts = Atomic<Int>(0)
        WorkerTeam.run(members: members) { member in
            seen.bitwiseOr(1 << member.index, ordering: .relaxed)
            counts.add(member.count, ordering: .relaxed)
        }
        #expect(seen.load(ordering: .relaxed) == (1 << members) - 1)
        #expect(counts.load(ordering: .relaxed) == members * members)
    }

    @Test(arguments: [2, 3])
    func barriersOrderTheRounds(members: Int) {
        let rounds = 500
        let slots = UnsafeMutablePointer<Int>.allocate(capacity: members)
        slots.initialize(repeating: -1, count: members)
        defer { slots.deallocate() }
        let shared = UnsafeSendable(slots)
        let mismatches = Atomic<Int>(0)
        WorkerTeam.run(members: members) { member in
            for round in 0..<rounds {
                shared.value[member.index] = round
                member.wait()
                for other in 0..<member.count where shared.value[other] != round {
                    mismatches.add(1, ordering: .relaxed)
                }
                member.wait()
            }
        }
        #expect(mismatches.load(ordering: .relaxed) == 0)
        #expect((0..<members).allSatisfy { slots[$0] == rounds - 1 })
    }
}
