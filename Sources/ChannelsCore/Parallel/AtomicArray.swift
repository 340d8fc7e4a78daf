import Synchronization

/// An array's memory seen as atomics, for the kernels whose threads claim or lower the same entries
/// (breadth-first claims, delta-stepping's costs, Afforest's parents). Loads and stores are relaxed
/// (plain loads and stores on the machines we run on); whatever reads the entries afterwards runs after
/// the loops that wrote them have joined.
///
/// The memory is either allocated as atomics (`init(base:)`), or an array's, which
/// ``rebinding(_:_:)`` binds to `Atomic` for the length of a call (`withMemoryRebound`): never copied,
/// never reached through a pointer of the wrong type.
struct AtomicArray<Value: AtomicArrayValue>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Atomic<Value>>

    /// Calls `body` with `buffer`'s memory seen as atomics; inside the call every access to the entries
    /// must go through them. `Element` has the size of `Value` (a `Double` seen as its `UInt64` bits).
    static func rebinding<Element, Result>(_ buffer: UnsafeMutableBufferPointer<Element>,
                                           _ body: (AtomicArray) -> Result) -> Result {
        precondition(MemoryLayout<Element>.stride == MemoryLayout<Atomic<Value>>.stride,
                     "\(Element.self) is not the size of Atomic<\(Value.self)>")
        return buffer.withMemoryRebound(to: Atomic<Value>.self) { atomics in
            if let base = atomics.baseAddress { return body(AtomicArray(base: base)) }
            let empty = UnsafeMutablePointer<Atomic<Value>>.allocate(capacity: 1)
            defer { empty.deallocate() }
            return body(AtomicArray(base: empty))
        }
    }

    subscript(index: Int) -> Value {
        @inline(__always) get { Value.load(base + index) }
        @inline(__always) nonmutating set { Value.store(newValue, base + index) }
    }

    /// Sets entry `index` to `desired` if it still holds `expected`; returns whether it did, and the
    /// value it held.
    @inline(__always)
    func compareExchange(_ index: Int, expected: Value, desired: Value) -> (exchanged: Bool, original: Value) {
        Value.compareExchange(base + index, expected: expected, desired: desired)
    }
}

/// What an ``AtomicArray`` holds: `Atomic`'s operations exist only per storage size, so each value
/// type names them (relaxed ordering throughout).
protocol AtomicArrayValue: AtomicRepresentable {
    static func load(_ atomic: UnsafeMutablePointer<Atomic<Self>>) -> Self
    static func store(_ value: Self, _ atomic: UnsafeMutablePointer<Atomic<Self>>)
    static func compareExchange(_ atomic: UnsafeMutablePointer<Atomic<Self>>, expected: Self, desired: Self)
        -> (exchanged: Bool, original: Self)
}

extension Int32: AtomicArrayValue {
    @inline(__always) static func load(_ atomic: UnsafeMutablePointer<Atomic<Self>>) -> Self {
        atomic.pointee.load(ordering: .relaxed)
    }
    @inline(__always) static func store(_ value: Self, _ atomic: UnsafeMutablePointer<Atomic<Self>>) {
        atomic.pointee.store(value, ordering: .relaxed)
    }
    @inline(__always) static func compareExchange(_ atomic: UnsafeMutablePointer<Atomic<Self>>, expected: Self, desired: Self)
        -> (exchanged: Bool, original: Self) {
        atomic.pointee.compareExchange(expected: expected, desired: desired, ordering: .relaxed)
    }
}

extension UInt64: AtomicArrayValue {
    @inline(__always) static func load(_ atomic: UnsafeMutablePointer<Atomic<Self>>) -> Self {
        atomic.pointee.load(ordering: .relaxed)
    }
    @inline(__always) static func store(_ value: Self, _ atomic: UnsafeMutablePointer<Atomic<Self>>) {
        atomic.pointee.store(value, ordering: .relaxed)
    }
    @inline(__always) static func compareExchange(_ atomic: UnsafeMutablePointer<Atomic<Self>>, expected: Self, desired: Self)
        -> (exchanged: Bool, original: Self) {
        atomic.pointee.compareExchange(expected: expected, desired: desired, ordering: .relaxed)
    }
}
