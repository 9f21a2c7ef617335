import { describeSearch } from './search-suite'

describeSearch('sqlite')
