# A bug in an error handler: "During handling of the above exception, another exception occurred"
def average(values):
    try:
        return sum(values) / len(values)
    except ZeroDivisionError:
        print("empty input, logging it")
        log = {}
        log["errors"] += 1


print(average([1, 2, 3]))
print(average([]))
