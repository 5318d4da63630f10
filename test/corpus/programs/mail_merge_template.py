# A small mail merge with string.Template: reminders from a list of records,
# a custom delimiter for a config file, and the errors a typo produces.
import collections
import sys
from string import Template

letter = Template("Dear $name,\nyour invoice #${number} of $$$amount is due on $due.\n")
records = [
    {"name": "Ann Lee", "number": 1041, "amount": 129.5, "due": "May 3"},
    {"name": "Bo Park", "number": 1042, "amount": 80, "due": "May 9"},
]
for rec in records:
    print(letter.substitute(rec), end="")
print(letter.substitute(records[0], due="tomorrow"), end="")
print(letter.get_identifiers(), letter.is_valid())

# Missing fields: substitute raises, safe_substitute leaves the placeholder.
partial = {"name": "Cy"}
try:
    letter.substitute(partial)
except KeyError as exc:
    print("KeyError:", exc)
print(letter.safe_substitute(partial), end="")
filled = collections.defaultdict(lambda: "n/a", partial)
print(letter.safe_substitute(filled), end="")
print(sorted(filled))

# A typo in the template is reported with its line and column.
for text in ["Total: $ 12", "header\nvalue = ${broken", "price: $9.99"]:
    t = Template(text)
    print(repr(t.safe_substitute()), t.is_valid())
    try:
        t.substitute()
    except ValueError as exc:
        print("ValueError:", exc)


class ConfigTemplate(Template):
    delimiter = "%"


cfg = ConfigTemplate("path=%root/data\nuser=%{user}_svc\nliteral=%%done\n")
print(cfg.substitute(root="/srv", user="etl"), end="")
print(ConfigTemplate.delimiter, Template.delimiter, type(cfg).__mro__[1].__name__)
print(vars(letter) == {"template": letter.template}, sys.getsizeof(letter) == sys.getsizeof(cfg))
