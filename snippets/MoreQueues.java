///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION PriorityQueue, LifoQueue, QueueFull as BlockingQueues

import java.util.ArrayList;
import java.util.Comparator;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.PriorityBlockingQueue;

public class MoreQueues {

    // tag::main[]
    record Job(int priority, String name) {}

    public static void main(String[] args) throws Exception {
        var byPriority = new PriorityBlockingQueue<Job>(
                11, Comparator.comparingInt(Job::priority));
        byPriority.put(new Job(3, "low"));
        byPriority.put(new Job(1, "urgent"));
        byPriority.put(new Job(2, "normal"));
        var order = new ArrayList<String>();
        while (!byPriority.isEmpty()) {
            order.add(byPriority.take().name());
        }
        System.out.println("priority order: " + order);

        var lifo = new LinkedBlockingDeque<String>();
        for (String s : new String[] {"first", "second", "third"}) {
            lifo.putFirst(s);
        }
        order.clear();
        while (!lifo.isEmpty()) {
            order.add(lifo.takeFirst());
        }
        System.out.println("lifo order: " + order);

        var small = new ArrayBlockingQueue<String>(2);
        small.add("a");
        small.add("b");
        System.out.println(
                "offer on a full queue: " + small.offer("c"));
        try {
            small.add("c");
        } catch (IllegalStateException e) {
            System.out.println(
                    "add on a full queue: " + e.getMessage());
        }
        small.clear();
        System.out.println("poll on an empty queue: " + small.poll());
    }
    // end::main[]
}
